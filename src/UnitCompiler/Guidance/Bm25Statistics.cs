namespace UnitCompiler.Guidance;

/// <summary>
/// What BM25 and BM25F share: the inverse document frequencies of a unit's criteria, a document's
/// word counts, and the ranking of raw scores divided by what the item's words could score at most
/// (a word the unit never uses counting at the rarest word's weight; synonym tokens, which only add
/// what the words themselves missed, not counting in the bound).
/// </summary>
internal static class Bm25Statistics
{
    /// <summary>Each word's inverse document frequency over <paramref name="documents"/>, and that of a word none of them uses.</summary>
    public static (Dictionary<string, double> Idf, double UnseenIdf) InverseFrequencies(IReadOnlyCollection<IEnumerable<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.Distinct()))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }

        var n = documents.Count;
        var idf = new Dictionary<string, double>(df.Count, StringComparer.Ordinal);
        foreach (var (word, count) in df)
        {
            idf[word] = Math.Log(1 + ((n - count + 0.5) / (count + 0.5)));
        }

        return (idf, Math.Log(1 + ((n + 0.5) / 0.5)));
    }

    /// <summary>How often each word occurs.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<string> words)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        return tf;
    }

    /// <summary>The criteria best first, each raw score divided by the bound of <paramref name="words"/> (at most 1), ties by id.</summary>
    public static IReadOnlyList<(string Id, double Score)> Ranked<T>(
        IEnumerable<T> criteria, Func<T, string> id, Func<T, double> raw, IEnumerable<string> words, Dictionary<string, double> idf, double unseenIdf, double k1)
    {
        var bound = words.Where(w => w[0] != '~').Sum(w => idf.GetValueOrDefault(w, unseenIdf)) * (k1 + 1);
        return [.. criteria
            .Select(c => (Id: id(c), Score: bound == 0 ? 0 : Math.Min(1, raw(c) / bound)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }
}
