namespace UnitCompiler.Guidance;

/// <summary>The mean of two rankers' scores: BM25 finds rare shared words, TF-IDF cosine rewards items whose words are mostly the criterion's.</summary>
internal sealed class FusedRanker(ICriterionRanker first, ICriterionRanker second) : ICriterionRanker
{
    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query)
    {
        var other = second.Score(query).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        return [.. first.Score(query)
            .Select(s => (s.Id, Score: (s.Score + other.GetValueOrDefault(s.Id)) / 2))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }
}
