using UnitCompiler.Diagnostics;

namespace UnitCompiler.Model;

/// <summary>
/// The rules every unit obeys, whether it was just imported or loaded from a spec a writer edited:
/// identity (ref, title), unique ids in sequence, criteria under their own outcome, and agreement
/// between outcome wording and the assessment requirements.
/// </summary>
public static class UnitValidator
{
    public static void Validate(Unit unit, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var header = unit.Header;
        var headerAt = header.Location ?? fallback;
        if (string.IsNullOrWhiteSpace(header.Ref))
        {
            diagnostics.Add(DiagnosticCatalog.MissingReference, headerAt);
        }
        else if (!UnitRef.IsWellFormed(header.Ref))
        {
            diagnostics.Add(DiagnosticCatalog.MalformedReference, headerAt, header.Ref);
        }

        if (string.IsNullOrWhiteSpace(header.Title.Value))
        {
            diagnostics.Add(DiagnosticCatalog.MissingTitle, header.Title.Origin.Locate(0) ?? headerAt);
        }

        ValidateOutcomes(unit, fallback, diagnostics);
        ValidateKinds(unit, fallback, diagnostics);
        foreach (var content in unit.IndicativeContent)
        {
            if (content.CriterionId.Contains('.') && unit.FindCriterion(content.CriterionId) is null)
            {
                diagnostics.Add(DiagnosticCatalog.UnknownCriterionReference, content.Location ?? fallback, "indicative content", content.CriterionId);
            }
        }
    }

    private static void ValidateOutcomes(Unit unit, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var seenOutcomes = new Dictionary<string, SourceLocation>();
        var seenCriteria = new Dictionary<string, SourceLocation>();
        string? previousOutcome = null;
        foreach (var outcome in unit.Outcomes)
        {
            var at = outcome.Location ?? fallback;
            if (!seenOutcomes.TryAdd(outcome.Id, at))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateId, at, "outcome", outcome.Id, seenOutcomes[outcome.Id]);
            }
            else
            {
                CheckSequence(diagnostics, at, "outcome", previousOutcome, outcome.Id, UnitIds.Next(previousOutcome));
            }

            previousOutcome = outcome.Id;
            if (outcome.Criteria.IsEmpty)
            {
                diagnostics.Add(DiagnosticCatalog.OutcomeWithoutCriteria, at, outcome.Id);
            }

            string? previousCriterion = null;
            foreach (var criterion in outcome.Criteria)
            {
                var cat = criterion.Location ?? at;
                if (criterion.OutcomeId != outcome.Id)
                {
                    diagnostics.Add(DiagnosticCatalog.CriterionOutcomeMismatch, cat, criterion.Id, outcome.Id);
                }
                else if (!seenCriteria.TryAdd(criterion.Id, cat))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateId, cat, "criterion", criterion.Id, seenCriteria[criterion.Id]);
                }
                else
                {
                    var expected = previousCriterion is null ? CriterionId.First(outcome.Id) : CriterionId.Parse(previousCriterion).Next(outcome.Id);
                    CheckSequence(diagnostics, cat, "criterion", previousCriterion, criterion.Id, expected.ToString());
                }

                previousCriterion = criterion.Id;
                var items = new Dictionary<string, SourceLocation>();
                if (criterion.AfterItems is not null && criterion.Items.IsEmpty)
                {
                    diagnostics.Add(DiagnosticCatalog.AfterItemsWithoutItems, criterion.AfterItems.Origin.Locate(0) ?? cat, criterion.Id);
                }

                foreach (var item in criterion.Items)
                {
                    var iat = item.Location ?? cat;
                    if (!items.TryAdd(item.Id, iat))
                    {
                        diagnostics.Add(DiagnosticCatalog.DuplicateId, iat, $"sub-item of {criterion.Id}", item.Id + ")", items[item.Id]);
                    }
                }
            }
        }
    }

    private static void CheckSequence(DiagnosticBag diagnostics, SourceLocation at, string what, string? previous, string actual, string expected)
    {
        if (actual != expected)
        {
            diagnostics.Add(DiagnosticCatalog.OutOfSequence, at, what, actual, previous ?? "the start", expected);
        }
    }

    private static void ValidateKinds(Unit unit, SourceLocation fallback, DiagnosticBag diagnostics)
    {
        var named = unit.Assessment.SkillOutcomes;
        foreach (var id in named.Where(id => unit.FindOutcome(id) is null))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownOutcomeReference, unit.Assessment.Text.FirstOrDefault()?.Origin.Locate(0) ?? fallback, id);
        }

        if (named.IsEmpty)
        {
            return; // no sentence names skill outcomes: nothing to reconcile with
        }

        foreach (var outcome in unit.Outcomes)
        {
            var isNamed = named.Contains(outcome.Id);
            if (outcome.Kind == OutcomeKind.Skill && !isNamed)
            {
                diagnostics.Add(DiagnosticCatalog.OutcomeKindConflict, outcome.Location ?? fallback, outcome.Id, OutcomeKind.Skill.Name(), "do not name it as skill based");
            }
            else if (outcome.Kind == OutcomeKind.Knowledge && isNamed)
            {
                diagnostics.Add(DiagnosticCatalog.OutcomeKindConflict, outcome.Location ?? fallback, outcome.Id, OutcomeKind.Knowledge.Name(), "name it as skill based");
            }
        }
    }
}
