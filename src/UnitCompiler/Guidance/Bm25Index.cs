using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Okapi BM25 over each criterion's document (with the unit's definitions and indicative content as
/// expansion), both sides passed through the domain <see cref="Thesaurus"/>. The score is divided
/// by what the item's words could score at most, counting words the unit never uses at the weight of
/// the rarest word: an item that is mostly about things the unit does not mention scores low however
/// well one word matches, which is what general advice looks like.
/// </summary>
internal sealed class Bm25Index : ICriterionRanker
{
    private readonly List<(string Id, Dictionary<string, int> Tf, int Length)> _criteria = [];
    private Dictionary<string, double> _idf = [];
    private readonly Thesaurus _thesaurus;
    private readonly double _k1;
    private readonly double _b;
    private double _averageLength;
    private double _unseenIdf;

    private Bm25Index(Thesaurus thesaurus, double k1, double b) => (_thesaurus, _k1, _b) = (thesaurus, k1, b);

    /// <param name="unit">The unit whose criteria are indexed.</param>
    /// <param name="thesaurus">The synonym groups applied to criteria and items.</param>
    /// <param name="k1">How fast repeated words stop adding to the score.</param>
    /// <param name="b">How much a long criterion document (many definitions) is discounted.</param>
    public static Bm25Index Build(Unit unit, Thesaurus thesaurus, double k1, double b) =>
        Build(CriterionDocuments.Build(unit, full: true), thesaurus, k1, b);

    /// <summary>The same over any documents (an outcome's, for the outcome score).</summary>
    public static Bm25Index Build(IEnumerable<(string Id, List<string> Words)> source, Thesaurus thesaurus, double k1, double b)
    {
        var index = new Bm25Index(thesaurus, k1, b);
        var documents = source.Select(d => (d.Id, Words: thesaurus.Expand(d.Words))).ToList();
        (index._idf, index._unseenIdf) = Bm25Statistics.InverseFrequencies([.. documents.Select(d => (IEnumerable<string>)d.Words)]);
        foreach (var (id, words) in documents)
        {
            index._criteria.Add((id, Bm25Statistics.Counts(words), words.Count));
        }

        index._averageLength = documents.Count == 0 ? 1 : documents.Average(d => (double)d.Words.Count);
        return index;
    }

    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query)
    {
        var words = _thesaurus.Expand(query).Distinct(StringComparer.Ordinal).ToList();
        return Bm25Statistics.Ranked(_criteria, c => c.Id, c => Raw(words, c.Tf, c.Length), words, _idf, _unseenIdf, _k1);
    }

    private double Raw(List<string> words, Dictionary<string, int> tf, int length)
    {
        var score = 0.0;
        foreach (var w in words)
        {
            if (tf.TryGetValue(w, out var f) && _idf.TryGetValue(w, out var idf))
            {
                score += idf * f * (_k1 + 1) / (f + (_k1 * (1 - _b + (_b * length / _averageLength))));
            }
        }

        return score;
    }
}
