using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Qualifications;

/// <summary>What checking a qualification gives: its units' facts, and its route problem when the rules could be checked.</summary>
public sealed record QualificationCheck(IReadOnlyDictionary<string, UnitFacts> Facts, Route? MinimumGlhRoute)
{
    internal RouteProblem? Problem { get; init; }
}

/// <summary>
/// The rules a qualification obeys, each a located diagnostic: its units exist and have their facts,
/// no unit is in two groups, barred pairs name its units, credit and GLH agree with TQT, the title's
/// size word follows TQT, a valid route exists, the group rules reach the minimum total, the stated
/// GLH is the lowest over valid routes, and level rules can be met. Route questions are solved exactly.
/// </summary>
public static partial class QualificationValidator
{
    public static QualificationCheck Validate(Qualification qualification, IReadOnlyDictionary<string, Unit> catalogue, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        // The route checks need every fact right: they run only when this qualification's other checks found no error.
        var found = new DiagnosticBag();
        var check = Check(qualification, catalogue, fallback, found);
        diagnostics.AddRange(found.ToImmutable());
        return check;
    }

    private static QualificationCheck Check(Qualification qualification, IReadOnlyDictionary<string, Unit> catalogue, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var header = qualification.Header;
        var at = header.Location ?? fallback;
        if (!NumberShape().IsMatch(header.Number))
        {
            diagnostics.Add(DiagnosticCatalog.MalformedQualificationNumber, at, header.Number);
        }

        CheckHours(header, at, diagnostics);
        CheckDates(qualification, at, diagnostics);
        var facts = ResolveFacts(qualification, catalogue, fallback, diagnostics);
        CheckGroups(qualification, fallback, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new QualificationCheck(facts, null);
        }

        var problem = RouteProblem.From(qualification, facts)!;
        foreach (var rule in qualification.Rules.LevelRules)
        {
            var available = facts.Values.Where(u => u.Level >= rule.Level).Sum(u => u.Credit);
            if (available < rule.MinCredits)
            {
                diagnostics.Add(DiagnosticCatalog.LevelRuleUnmet, rule.Location ?? at, rule.MinCredits, rule.Level, available);
                return new QualificationCheck(facts, null) { Problem = problem };
            }
        }

        var cheapest = RouteSolver.Cheapest(problem, RouteCost.GuidedLearningHours);
        if (cheapest.TooManyBarred)
        {
            diagnostics.Add(DiagnosticCatalog.TooManyBarredUnits, at, RouteSolver.MaxBarredUnits);
            return new QualificationCheck(facts, null) { Problem = problem };
        }

        if (!cheapest.Exists)
        {
            diagnostics.Add(DiagnosticCatalog.NoValidRoute, at);
            return new QualificationCheck(facts, null) { Problem = problem };
        }

        if (header.GuidedLearningHours is { } glh && glh != cheapest.Cost)
        {
            diagnostics.Add(DiagnosticCatalog.GlhNotMinimum, at, glh, cheapest.Cost, cheapest.Route?.ToString() ?? "a route");
        }

        CheckRouteHours(qualification, cheapest.Cost, at, diagnostics);
        if (qualification.Rules.MinCredits is { } total)
        {
            var groupsOnly = RouteSolver.Cheapest(problem, RouteCost.Credits, withTotal: false);
            if (groupsOnly.Exists && groupsOnly.Cost < total)
            {
                diagnostics.Add(DiagnosticCatalog.RouteBelowTotal, at, groupsOnly.Cost, total, groupsOnly.Route?.ToString() ?? "a route");
            }
        }

        return new QualificationCheck(facts, cheapest.Route) { Problem = problem };
    }

    private static void CheckHours(QualificationHeader header, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (header.TotalQualificationTime is { } tqt)
        {
            if (header.Credit is { } credit && credit * 10 != tqt)
            {
                diagnostics.Add(DiagnosticCatalog.CreditTqtMismatch, at, credit, tqt, tqt / 10.0);
            }

            if (header.GuidedLearningHours is { } glh && glh > tqt)
            {
                diagnostics.Add(DiagnosticCatalog.GlhAboveTqt, at, glh, tqt);
            }
        }

        var hours = header.TotalQualificationTime ?? header.Credit * 10;
        if (hours is { } h && QualificationSize.InTitle(header.Title.Value) is { } word && word != QualificationSize.ForTqt(h))
        {
            diagnostics.Add(DiagnosticCatalog.SizeWordMismatch, header.Title.Origin.Locate(0) ?? at, word, h, QualificationSize.ForTqt(h));
        }
    }

    private static Dictionary<string, UnitFacts> ResolveFacts(Qualification qualification, IReadOnlyDictionary<string, Unit> catalogue, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var declared = qualification.DeclaredUnits.ToDictionary(u => u.Ref, StringComparer.Ordinal);
        var facts = new Dictionary<string, UnitFacts>(StringComparer.Ordinal);
        foreach (var reference in qualification.UnitRefs.DistinctBy(u => u.Ref, StringComparer.Ordinal))
        {
            var at = reference.Location ?? fallback;
            if (catalogue.TryGetValue(reference.Ref, out var unit))
            {
                var h = unit.Header;
                var missing = new[] { ("level", h.Level), ("credit value", h.Credit), ("guided learning hours", h.GuidedLearningHours) }.Where(f => f.Item2 is null).ToList();
                foreach (var (name, _) in missing)
                {
                    diagnostics.Add(DiagnosticCatalog.UnitFactMissing, at, reference.Ref, name);
                }

                if (missing.Count == 0)
                {
                    facts[reference.Ref] = new UnitFacts(reference.Ref, h.Title.Value, h.Level!.Value, h.Credit!.Value, h.GuidedLearningHours!.Value, at) { EntryStage = h.EntryStage };
                }
            }
            else if (declared.TryGetValue(reference.Ref, out var unitFacts))
            {
                facts[reference.Ref] = unitFacts;
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.UnknownQualificationUnit, at, reference.Ref);
            }
        }

        return facts;
    }

    private static void CheckGroups(Qualification qualification, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var home = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in qualification.Groups)
        {
            foreach (var unit in group.Units)
            {
                if (!home.TryAdd(unit.Ref, group.Id) && home[unit.Ref] != group.Id)
                {
                    diagnostics.Add(DiagnosticCatalog.UnitInTwoGroups, unit.Location ?? group.Location ?? fallback, unit.Ref, home[unit.Ref], group.Id);
                }
            }
        }

        foreach (var pair in qualification.Rules.Barred)
        {
            foreach (var unit in new[] { pair.First, pair.Second }.Where(u => !home.ContainsKey(u)))
            {
                diagnostics.Add(DiagnosticCatalog.BarredUnitNotInQualification, pair.Location ?? fallback, unit);
            }
        }
    }

    [GeneratedRegex(@"^\d{3}/\d{4}/[0-9X]$", RegexOptions.NonBacktracking)]
    private static partial Regex NumberShape();
}
