using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// BM25F: <see cref="Bm25Index"/> with a criterion's words kept in fields (its own text, sub-items,
/// outcome title, definitions of its key terms, indicative content; <see cref="CriterionDocuments.Fields"/>),
/// each with its own weight and its own length normalisation, summed into one term frequency before
/// saturation. A word in the criterion's own text can then count for more than the same word in a
/// long definition, which one bag of words cannot say. Scores are divided by the same bound as BM25's.
/// </summary>
internal sealed class Bm25FIndex : ICriterionRanker
{
    private readonly List<(string Id, Dictionary<string, int>[] Tf, int[] Length)> _criteria = [];
    private Dictionary<string, double> _idf = [];
    private readonly double[] _averageLength = new double[CriterionDocuments.FieldCount];
    private readonly Thesaurus _thesaurus;
    private readonly ImmutableArray<double> _weights;
    private readonly double _k1;
    private readonly double _b;
    private double _unseenIdf;

    private Bm25FIndex(Thesaurus thesaurus, ImmutableArray<double> weights, double k1, double b) => (_thesaurus, _weights, _k1, _b) = (thesaurus, weights, k1, b);

    /// <param name="unit">The unit whose criteria are indexed.</param>
    /// <param name="thesaurus">The synonym groups applied to criteria and items.</param>
    /// <param name="weights">One weight per field, in <see cref="CriterionDocuments.Fields"/>' order.</param>
    /// <param name="k1">How fast repeated words stop adding to the score.</param>
    /// <param name="b">How much a long field is discounted against the same field of other criteria.</param>
    public static Bm25FIndex Build(Unit unit, Thesaurus thesaurus, ImmutableArray<double> weights, double k1, double b)
    {
        if (weights.Length != CriterionDocuments.FieldCount)
        {
            throw new ArgumentException($"BM25F needs {CriterionDocuments.FieldCount} field weights, got {weights.Length}.", nameof(weights));
        }

        var index = new Bm25FIndex(thesaurus, weights, k1, b);
        var documents = CriterionDocuments.Fields(unit).Select(d => (d.Id, Fields: d.Fields.Select(f => thesaurus.Expand(f)).ToArray())).ToList();
        (index._idf, index._unseenIdf) = Bm25Statistics.InverseFrequencies([.. documents.Select(d => d.Fields.SelectMany(f => f))]);
        foreach (var (id, fields) in documents)
        {
            index._criteria.Add((id, [.. fields.Select(Bm25Statistics.Counts)], [.. fields.Select(f => f.Count)]));
        }

        for (var f = 0; f < CriterionDocuments.FieldCount; f++)
        {
            index._averageLength[f] = documents.Count == 0 ? 1 : Math.Max(1, documents.Average(d => (double)d.Fields[f].Count));
        }

        return index;
    }

    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query)
    {
        var words = _thesaurus.Expand(query).Distinct(StringComparer.Ordinal).ToList();
        return Bm25Statistics.Ranked(_criteria, c => c.Id, c => Raw(words, c.Tf, c.Length), words, _idf, _unseenIdf, _k1);
    }

    private double Raw(List<string> words, Dictionary<string, int>[] tf, int[] length)
    {
        var score = 0.0;
        foreach (var w in words)
        {
            if (!_idf.TryGetValue(w, out var idf))
            {
                continue;
            }

            var weighted = 0.0;
            for (var f = 0; f < tf.Length; f++)
            {
                if (_weights[f] != 0 && tf[f].TryGetValue(w, out var count))
                {
                    weighted += _weights[f] * count / (1 - _b + (_b * length[f] / _averageLength[f]));
                }
            }

            score += weighted == 0 ? 0 : idf * weighted * (_k1 + 1) / (weighted + _k1);
        }

        return score;
    }
}
