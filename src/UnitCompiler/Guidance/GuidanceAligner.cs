using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Aligns each guidance item to the criteria it serves: TF-IDF cosine similarity between the item
/// and each criterion's document (its text, sub-items, key terms, the unit's definitions of those
/// terms and its outcome), computed offline in microseconds. A criterion is listed when it scores
/// at least <see cref="Threshold"/> and at least half the best score; at most three, best first.
/// </summary>
public static class GuidanceAligner
{
    /// <summary>Below this cosine an item shares too little vocabulary with a criterion to serve it.</summary>
    public const double Threshold = 0.08;

    private const int MaxCriteria = 3;

    public static Unit Align(Unit unit)
    {
        if (unit.Guidance is not { } guidance)
        {
            return unit;
        }

        var index = CriterionIndex.Build(unit);
        ImmutableArray<GuidanceItem> AlignAll(ImmutableArray<GuidanceItem> items) =>
            [.. items.Select(i => i with { Criteria = index.Rank(Query(i), Threshold, MaxCriteria) })];

        return unit with
        {
            Guidance = guidance with
            {
                KeyConcepts = AlignAll(guidance.KeyConcepts),
                ExamTips = AlignAll(guidance.ExamTips),
                Misconceptions = AlignAll(guidance.Misconceptions),
                MarkingPoints = AlignAll(guidance.MarkingPoints),
            },
        };
    }

    /// <summary>The item's words; a key concept's title says what it is about, so it counts twice.</summary>
    private static IEnumerable<string> Query(GuidanceItem item)
    {
        var title = item.Title is null ? [] : TextAnalyzer.Terms(item.Title.Value).ToList();
        return title.Concat(title).Concat(TextAnalyzer.Terms(item.Text.Value));
    }
}
