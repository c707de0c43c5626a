using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>The words that say what each criterion of a unit is about, shared by every ranking method.</summary>
internal static class CriterionDocuments
{
    /// <summary>
    /// Its own words twice (they matter most), its sub-items and key terms, the unit's definitions
    /// of those terms and the indicative content filed under it (so "safeguarding" finds 6.3 through
    /// its definition of "considerations"), and its outcome's words once.
    /// </summary>
    /// <remarks>With <paramref name="full"/> false, the document the TF-IDF baseline was measured with (no term names, no notes).</remarks>
    public static List<(string Id, List<string> Words)> Build(Unit unit, bool full) =>
        [.. unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Document(unit, o, c, full))))];

    private static List<string> Document(Unit unit, LearningOutcome outcome, AssessmentCriterion criterion, bool full)
    {
        var words = new List<string>();
        var own = TextAnalyzer.Terms(criterion.Wording).ToList();
        words.AddRange(own);
        words.AddRange(own);
        foreach (var item in criterion.Items)
        {
            words.AddRange(TextAnalyzer.Terms(item.Text.Value));
        }

        foreach (var definition in DefinitionsFor(unit, criterion))
        {
            if (full)
            {
                words.AddRange(TextAnalyzer.Terms(definition.Term.Value));
            }

            words.AddRange(TextAnalyzer.Terms(definition.Text.Value));
            foreach (var item in definition.Items)
            {
                words.AddRange(TextAnalyzer.Terms(item.Value));
            }
        }

        foreach (var note in unit.IndicativeContent.Where(c => full && c.CriterionId == criterion.Id).SelectMany(c => c.Notes))
        {
            words.AddRange(TextAnalyzer.Terms(note.Value));
        }

        words.AddRange(TextAnalyzer.Terms(outcome.Text.Value));
        return words;
    }

    /// <summary>How many fields <see cref="Fields"/> gives each criterion.</summary>
    public const int FieldCount = 5;

    /// <summary>
    /// The same words kept apart by where they come from, for field-weighted scoring (<see cref="Bm25FIndex"/>):
    /// the criterion's own text, its sub-items, its outcome's title, the unit's definitions of its key
    /// terms, and the indicative content filed under it.
    /// </summary>
    public static List<(string Id, List<string>[] Fields)> Fields(Unit unit) =>
        [.. unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, FieldsOf(unit, o, c))))];

    private static List<string>[] FieldsOf(Unit unit, LearningOutcome outcome, AssessmentCriterion criterion)
    {
        var definitions = new List<string>();
        foreach (var definition in DefinitionsFor(unit, criterion))
        {
            definitions.AddRange(TextAnalyzer.Terms(definition.Term.Value));
            definitions.AddRange(TextAnalyzer.Terms(definition.Text.Value));
            definitions.AddRange(definition.Items.SelectMany(i => TextAnalyzer.Terms(i.Value)));
        }

        return
        [
            [.. TextAnalyzer.Terms(criterion.Wording)],
            [.. criterion.Items.SelectMany(i => TextAnalyzer.Terms(i.Text.Value))],
            [.. TextAnalyzer.Terms(outcome.Text.Value)],
            definitions,
            [.. unit.IndicativeContent.Where(c => c.CriterionId == criterion.Id).SelectMany(c => c.Notes).SelectMany(n => TextAnalyzer.Terms(n.Value))],
        ];
    }

    public static IEnumerable<Definition> DefinitionsFor(Unit unit, AssessmentCriterion criterion)
    {
        var termWords = criterion.Terms.SelectMany(t => TextAnalyzer.Terms(t.Value)).ToHashSet(StringComparer.Ordinal);
        return unit.IndicativeContent
            .SelectMany(c => c.Definitions.Select(d => (c.CriterionId, Definition: d)))
            .Where(x => x.CriterionId == criterion.Id || TextAnalyzer.Terms(x.Definition.Term.Value).Any(termWords.Contains))
            .Select(x => x.Definition)
            .DistinctBy(d => d.Term.Value + "\n" + d.Text.Value);
    }
}
