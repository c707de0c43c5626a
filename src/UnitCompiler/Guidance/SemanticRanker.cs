using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Scores criteria by the cosine of sentence vectors (an <see cref="ITextEmbedder"/>), blended with
/// the lexical ranker: <c>weight × cosine + (1 − weight) × lexical</c>. The model sees paraphrase
/// that shares no words; BM25 keeps the rare shared term decisive. Built once per unit, embedding the
/// criteria and every item of the unit in one batch.
/// </summary>
internal sealed class SemanticRanker
{
    private readonly List<(string Id, float[] Vector)> _criteria;
    private readonly Dictionary<string, float[]> _items;
    private readonly ICriterionRanker _lexical;
    private readonly double _weight;

    private SemanticRanker(List<(string Id, float[] Vector)> criteria, Dictionary<string, float[]> items, ICriterionRanker lexical, double weight) =>
        (_criteria, _items, _lexical, _weight) = (criteria, items, lexical, weight);

    public static SemanticRanker Build(Unit unit, IEnumerable<GuidanceItem> items, ITextEmbedder embedder, ICriterionRanker lexical, double weight)
    {
        var criteria = CriterionTexts(unit);
        var itemTexts = items.Select(ItemText).Distinct(StringComparer.Ordinal).ToList();
        var vectors = embedder.Embed([.. criteria.Select(c => c.Text), .. itemTexts]);
        if (vectors.Count != criteria.Count + itemTexts.Count)
        {
            throw new InvalidOperationException($"The embedder returned {vectors.Count} vectors for {criteria.Count + itemTexts.Count} texts.");
        }

        var itemVectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < itemTexts.Count; i++)
        {
            itemVectors[itemTexts[i]] = vectors[criteria.Count + i];
        }

        return new([.. criteria.Select((c, i) => (c.Id, vectors[i]))], itemVectors, lexical, weight);
    }

    /// <summary>What the model reads for a criterion: its outcome, its text and its sub-items, as plain text.</summary>
    public static List<(string Id, string Text)> CriterionTexts(Unit unit) =>
        [.. unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Text: MarkdownInline.ToPlainText(
            c.Text.Value + " " + string.Join("; ", c.Items.Select(i => i.Text.Value))))))];

    /// <summary>What the model reads for an item: its title (a key concept's) and its text.</summary>
    public static string ItemText(GuidanceItem item) =>
        MarkdownInline.ToPlainText(item.Title is null ? item.Text.Value : item.Title.Value + ": " + item.Text.Value);

    public IReadOnlyList<(string Id, double Score)> Score(GuidanceItem item, IReadOnlyList<string> words)
    {
        var lexical = _weight < 1 ? _lexical.Score(words).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal) : [];
        var q = _items.TryGetValue(ItemText(item), out var v) ? v : throw new InvalidOperationException("An item not embedded when the ranker was built.");
        return [.. _criteria
            .Select(c => (c.Id, Score: Math.Clamp((_weight * Cosine(q, c.Vector)) + ((1 - _weight) * lexical.GetValueOrDefault(c.Id)), 0, 1)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
