using System.Text.RegularExpressions;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Scores criteria by the cosine of sentence vectors (an <see cref="ITextEmbedder"/>), combined with
/// the lexical ranker (<see cref="AlignerSettings.Fusion"/>; by default
/// <c>weight × cosine + (1 − weight) × lexical</c>). The model sees paraphrase that shares no words;
/// BM25 keeps the rare shared term decisive. Built once per unit, embedding the criteria and every
/// item of the unit (and, with <see cref="AlignerSettings.ChunkItems"/>, their sentences) in one batch.
/// </summary>
internal sealed partial class SemanticRanker
{
    // Small against ~15 criteria, so the first few places of either ranking weigh clearly more.
    private const double RankConstant = 5;

    private readonly List<(string Id, float[] Vector)> _criteria;
    private readonly Dictionary<string, float[][]> _items;
    private readonly ICriterionRanker _lexical;
    private readonly AlignerSettings _settings;
    private readonly LearnedFusion? _learned;

    private SemanticRanker(List<(string Id, float[] Vector)> criteria, Dictionary<string, float[][]> items, ICriterionRanker lexical, AlignerSettings settings, LearnedFusion? learned) =>
        (_criteria, _items, _lexical, _settings, _learned) = (criteria, items, lexical, settings, learned);

    public static SemanticRanker Build(Unit unit, IEnumerable<GuidanceItem> items, ITextEmbedder embedder, ICriterionRanker lexical, AlignerSettings settings)
    {
        var criteria = CriterionTexts(unit, settings.EmbedContext);
        var itemTexts = items.Select(ItemText).Distinct(StringComparer.Ordinal).ToList();
        var pieces = itemTexts.Select(t => settings.ChunkItems ? Chunks(t) : [t]).ToList();
        var all = pieces.SelectMany(p => p).ToList();
        var vectors = embedder.Embed([.. criteria.Select(c => c.Text), .. all.Select(t => settings.QueryPrefix + t)]);
        if (vectors.Count != criteria.Count + all.Count)
        {
            throw new InvalidOperationException($"The embedder returned {vectors.Count} vectors for {criteria.Count + all.Count} texts.");
        }

        var itemVectors = new Dictionary<string, float[][]>(StringComparer.Ordinal);
        var next = criteria.Count;
        for (var i = 0; i < itemTexts.Count; i++)
        {
            itemVectors[itemTexts[i]] = [.. vectors.Skip(next).Take(pieces[i].Count)];
            next += pieces[i].Count;
        }

        var learned = settings.Fusion == ScoreFusion.Learned ? LearnedFusion.Build(unit, settings.Synonyms ?? Thesaurus.Default, settings) : null;
        return new([.. criteria.Select((c, i) => (c.Id, vectors[i]))], itemVectors, lexical, settings, learned);
    }

    /// <summary>What the model reads for a criterion: its text and its sub-items, as plain text.</summary>
    public static List<(string Id, string Text)> CriterionTexts(Unit unit) => CriterionTexts(unit, context: false);

    /// <summary>
    /// Its text and sub-items; with <paramref name="context"/>, then "term: definition" for each key term
    /// the unit defines and the indicative content filed under it. Not the outcome: it made sibling
    /// criteria look alike to the model.
    /// </summary>
    public static List<(string Id, string Text)> CriterionTexts(Unit unit, bool context) =>
        [.. unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Text: MarkdownInline.ToPlainText(
            c.Wording + " " + string.Join("; ", c.Items.Select(i => i.Text.Value)) + (context ? Context(unit, c) : ""))))) ];

    /// <summary>What the model reads for an item: its title (a key concept's) and its text.</summary>
    public static string ItemText(GuidanceItem item) =>
        MarkdownInline.ToPlainText(item.Title is null ? item.Text.Value : item.Title.Value + ": " + item.Text.Value);

    /// <summary>The whole text and, when it has more than one, each of its sentences.</summary>
    public static List<string> Chunks(string text)
    {
        var sentences = Sentence().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Length >= MinSentence).ToList();
        return sentences.Count > 1 ? [text, .. sentences] : [text];
    }

    /// <summary>With <see cref="ScoreFusion.Learned"/>, each criterion's features for the item (what the bench fits the weights on).</summary>
    public List<(string Id, double[] Features)> Features(GuidanceItem item, IReadOnlyList<string> words) =>
        (_learned ?? throw new InvalidOperationException("Features are those of the learned fusion."))
            .Features(words, _criteria.ToDictionary(c => c.Id, c => ItemVectors(item).Max(p => Cosine(p, c.Vector)), StringComparer.Ordinal));

    /// <summary>How many features <see cref="GeneralFeatures"/> gives.</summary>
    public const int GeneralFeatureCount = 3;

    /// <summary>
    /// What the model says about whether an item is general, for the learned general decision: its best
    /// cosine to any criterion, how far that is ahead of the second, and the item's best combined score.
    /// </summary>
    public double[] GeneralFeatures(GuidanceItem item, IReadOnlyList<string> words)
    {
        var cosines = _criteria.Select(c => ItemVectors(item).Max(p => Cosine(p, c.Vector))).OrderDescending().ToList();
        var scored = Score(item, words);
        return
        [
            cosines.Count > 0 ? cosines[0] : 0,
            cosines.Count > 1 ? cosines[0] - cosines[1] : 0,
            scored.Count > 0 ? scored.Max(s => s.Score) : 0,
        ];
    }

    private float[][] ItemVectors(GuidanceItem item) =>
        _items.TryGetValue(ItemText(item), out var v) ? v : throw new InvalidOperationException("An item not embedded when the ranker was built.");

    public IReadOnlyList<(string Id, double Score)> Score(GuidanceItem item, IReadOnlyList<string> words)
    {
        if (_learned is not null)
        {
            return [.. Features(item, words)
                .Select(f => (f.Id, Score: LearnedRanker.Probability(_settings.LearnedWeights, f.Features)))
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Id, StringComparer.Ordinal)];
        }

        var weight = _settings.SemanticWeight;
        var lexical = weight < 1 || _settings.Fusion == ScoreFusion.ReciprocalRank
            ? _lexical.Score(words).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal)
            : [];
        var q = ItemVectors(item);
        var scored = _criteria
            .Select(c => (c.Id, Cosine: q.Max(p => Cosine(p, c.Vector)), Lexical: lexical.GetValueOrDefault(c.Id)))
            .Select(c => (c.Id, c.Cosine, c.Lexical, Score: Math.Clamp((weight * c.Cosine) + ((1 - weight) * c.Lexical), 0, 1)))
            .ToList();
        if (_settings.Fusion == ScoreFusion.Weighted)
        {
            return [.. scored.Select(s => (s.Id, s.Score)).OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal)];
        }

        var bySemantic = Ranks(scored.Select(s => (s.Id, s.Cosine)));
        var byLexical = Ranks(scored.Select(s => (s.Id, s.Lexical)));
        return [.. scored
            .OrderByDescending(s => (1 / (RankConstant + bySemantic[s.Id])) + (1 / (RankConstant + byLexical[s.Id])))
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => (s.Id, s.Score))];
    }

    private static Dictionary<string, int> Ranks(IEnumerable<(string Id, double Score)> scores) =>
        scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select((s, i) => (s.Id, Rank: i + 1))
            .ToDictionary(s => s.Id, s => s.Rank, StringComparer.Ordinal);

    private static string Context(Unit unit, AssessmentCriterion criterion)
    {
        var parts = CriterionDocuments.DefinitionsFor(unit, criterion)
            .Select(d => d.Term.Value + ": " + d.Text.Value + (d.Items.IsDefaultOrEmpty ? "" : " " + string.Join("; ", d.Items.Select(i => i.Value))))
            .Concat(unit.IndicativeContent.Where(c => c.CriterionId == criterion.Id).SelectMany(c => c.Notes).Select(n => n.Value))
            .ToList();
        return parts.Count == 0 ? "" : ". " + string.Join(". ", parts);
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

    // Shorter pieces are abbreviations ("e.g.") or fragments, too little for the model to place.
    private const int MinSentence = 20;

    // A sentence runs to . ; ! or ?; abbreviations split it too, harmless since the whole text is kept.
    [GeneratedRegex(@"[^.;!?]+[.;!?]*", RegexOptions.NonBacktracking)]
    private static partial Regex Sentence();
}
