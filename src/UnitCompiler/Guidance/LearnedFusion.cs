using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// The features of a learned fusion of a sentence model with the lexical evidence
/// (<see cref="ScoreFusion.Learned"/>), one row per criterion, the weights fitted on the labelled tuning
/// pool (bench/UnitCompiler.Semantic, leave-one-unit-out): the lexical ranker's five
/// (<see cref="LearnedRanker"/>: BM25, TF-IDF, the outcome's BM25, and the first two as a share of the
/// item's best), how well the item matches the unit's definitions and indicative content filed for the
/// criterion alone, the model's cosine, its margin to the item's best cosine, and the reciprocal rank
/// of the criterion by cosine and by BM25.
/// </summary>
internal sealed class LearnedFusion(LearnedRanker lexical, Bm25Index definitions)
{
    /// <summary>How many features a criterion has; the weights are a bias and one weight each.</summary>
    public const int FeatureCount = LearnedRanker.FeatureCount + 5;

    public static LearnedFusion Build(Unit unit, Thesaurus thesaurus, AlignerSettings settings)
    {
        var context = CriterionDocuments.Fields(unit).Select(d => (d.Id, Words: d.Fields[3].Concat(d.Fields[4]).ToList()));
        return new(LearnedRanker.Build(unit, thesaurus, settings), Bm25Index.Build(context, thesaurus, settings.K1, settings.B));
    }

    /// <param name="query">The item's words.</param>
    /// <param name="cosine">The model's cosine between the item and each criterion.</param>
    public List<(string Id, double[] Features)> Features(IReadOnlyList<string> query, IReadOnlyDictionary<string, double> cosine)
    {
        var rows = lexical.Features(query);
        var definition = definitions.Score(query).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        var bestCosine = cosine.Count == 0 ? 0 : cosine.Values.Max();
        var byCosine = Ranks(rows.Select(r => (r.Id, cosine.GetValueOrDefault(r.Id))));
        var byBm25 = Ranks(rows.Select(r => (r.Id, r.Features[0])));
        return [.. rows.Select(r => (r.Id, (double[])
        [
            .. r.Features,
            definition.GetValueOrDefault(r.Id),
            cosine.GetValueOrDefault(r.Id),
            cosine.GetValueOrDefault(r.Id) - bestCosine,
            1.0 / byCosine[r.Id],
            1.0 / byBm25[r.Id],
        ]))];
    }

    private static Dictionary<string, int> Ranks(IEnumerable<(string Id, double Score)> scores) =>
        scores.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select((s, i) => (s.Id, Rank: i + 1))
            .ToDictionary(s => s.Id, s => s.Rank, StringComparer.Ordinal);
}
