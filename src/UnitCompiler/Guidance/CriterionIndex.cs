using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>TF-IDF vectors of a unit's criteria, cosine-ranked against items: the baseline the other methods are measured against.</summary>
internal sealed class CriterionIndex : ICriterionRanker
{
    private readonly List<(string Id, Dictionary<string, double> Vector)> _criteria = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public static CriterionIndex Build(Unit unit)
    {
        var index = new CriterionIndex();
        var documents = CriterionDocuments.Build(unit, full: false);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.Words.Distinct()))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }

        foreach (var (word, count) in df)
        {
            index._idf[word] = Math.Log((1.0 + documents.Count) / (1.0 + count)) + 1.0;
        }

        foreach (var (id, words) in documents)
        {
            index._criteria.Add((id, index.Vector(words)));
        }

        return index;
    }

    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query)
    {
        var q = Vector(query);
        return [.. _criteria
            .Select(c => (c.Id, Score: q.Count == 0 ? 0 : Cosine(q, c.Vector)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    private Dictionary<string, double> Vector(IEnumerable<string> words)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (w, count) in tf)
        {
            if (_idf.TryGetValue(w, out var idf))
            {
                vector[w] = (1 + Math.Log(count)) * idf; // sublinear tf: repetition is weak evidence
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (w, x) in a)
        {
            na += x * x;
            if (b.TryGetValue(w, out var y))
            {
                dot += x * y;
            }
        }

        foreach (var y in b.Values)
        {
            nb += y * y;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
