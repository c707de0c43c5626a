using System.Collections.Immutable;
using System.Globalization;

namespace UnitCompiler.Qualifications;

/// <summary>Which rule a learner's choice of units breaks.</summary>
public enum RouteRule
{
    UnknownUnit,
    MandatoryUnit,
    GroupMinimum,
    GroupMaximum,
    Barred,
    TotalCredits,
    LevelCredits,
}

/// <summary>One rule a choice breaks, said in plain English, with the units that would mend it (where adding units would).</summary>
public sealed record RouteFailure(RouteRule Rule, string Message, ImmutableArray<UnitFacts> Fixes);

/// <summary>
/// Checks a learner's choice of units against a qualification's rules of combination, as a
/// registration or e-portfolio system must: every rule the choice breaks, and what would fix it.
/// </summary>
internal static class RouteChecker
{
    public static ImmutableArray<RouteFailure> Check(RouteProblem problem, IReadOnlyCollection<string> choice)
    {
        var chosen = choice.ToHashSet(StringComparer.Ordinal);
        var failures = ImmutableArray.CreateBuilder<RouteFailure>();
        var all = problem.Mandatory.Concat(problem.Groups.SelectMany(g => g.Units)).DistinctBy(u => u.Ref, StringComparer.Ordinal).ToDictionary(u => u.Ref, StringComparer.Ordinal);

        foreach (var unknown in choice.Where(r => !all.ContainsKey(r)).Distinct(StringComparer.Ordinal))
        {
            failures.Add(new RouteFailure(RouteRule.UnknownUnit, $"{unknown} is not a unit of this qualification", []));
        }

        foreach (var unit in problem.Mandatory.Where(u => !chosen.Contains(u.Ref)))
        {
            failures.Add(new RouteFailure(RouteRule.MandatoryUnit, $"mandatory unit {unit.Ref} ({unit.Title}) is missing", [unit]));
        }

        foreach (var (first, second) in problem.Barred.Where(b => chosen.Contains(b.First) && chosen.Contains(b.Second)))
        {
            failures.Add(new RouteFailure(RouteRule.Barred, $"{first} and {second} may not be taken together: drop one of them", []));
        }

        foreach (var group in problem.Groups)
        {
            var taken = group.Units.Where(u => chosen.Contains(u.Ref)).ToList();
            var credits = taken.Sum(u => u.Credit);
            var candidates = Candidates(problem, group.Units, chosen);
            if (group.MinCredits is { } minC && credits < minC)
            {
                failures.Add(Short(RouteRule.GroupMinimum, $"optional group {group.Id} needs {minC - credits} more credit(s)", candidates));
            }

            if (group.MinUnits is { } minU && taken.Count < minU)
            {
                failures.Add(Short(RouteRule.GroupMinimum, $"optional group {group.Id} needs {minU - taken.Count} more unit(s)", candidates));
            }

            if (group.MaxCredits is { } maxC && credits > maxC)
            {
                failures.Add(new RouteFailure(RouteRule.GroupMaximum, $"optional group {group.Id} allows at most {maxC} credits; this choice takes {credits} from it", []));
            }

            if (group.MaxUnits is { } maxU && taken.Count > maxU)
            {
                failures.Add(new RouteFailure(RouteRule.GroupMaximum, $"optional group {group.Id} allows at most {maxU} unit(s); this choice takes {taken.Count} from it", []));
            }
        }

        var chosenFacts = chosen.Where(all.ContainsKey).Select(r => all[r]).ToList();
        var optional = problem.Groups.SelectMany(g => g.Units).ToList();
        if (problem.MinCredits is { } min && chosenFacts.Sum(u => u.Credit) is var total && total < min)
        {
            failures.Add(Short(RouteRule.TotalCredits, $"the qualification needs {min - total} more credit(s) ({total} of {min})", Candidates(problem, optional, chosen)));
        }

        foreach (var rule in problem.LevelRules)
        {
            var atLevel = chosenFacts.Where(u => u.Level >= rule.Level).Sum(u => u.Credit);
            if (atLevel < rule.MinCredits)
            {
                var fixes = Candidates(problem, optional.Where(u => u.Level >= rule.Level), chosen);
                failures.Add(Short(RouteRule.LevelCredits, $"the qualification needs {rule.MinCredits - atLevel} more credit(s) at level {rule.Level} or above ({atLevel} of {rule.MinCredits})", fixes));
            }
        }

        return failures.ToImmutable();
    }

    /// <summary>Units not yet chosen that may be added without breaking a bar against the choice.</summary>
    private static ImmutableArray<UnitFacts> Candidates(RouteProblem problem, IEnumerable<UnitFacts> units, HashSet<string> chosen) =>
        [.. units.Where(u => !chosen.Contains(u.Ref) && !problem.Barred.Any(b => b.First == u.Ref && chosen.Contains(b.Second) || b.Second == u.Ref && chosen.Contains(b.First)))
            .DistinctBy(u => u.Ref, StringComparer.Ordinal)];

    private static RouteFailure Short(RouteRule rule, string message, ImmutableArray<UnitFacts> fixes) =>
        new(rule, fixes.IsEmpty ? message + "; no unit can be added without breaking another rule" : $"{message}: any of {string.Join(", ", fixes.Select(Describe))}", fixes);

    private static string Describe(UnitFacts u) => $"{u.Ref} ({u.Credit.ToString(CultureInfo.InvariantCulture)})";
}
