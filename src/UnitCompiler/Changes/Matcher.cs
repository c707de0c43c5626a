namespace UnitCompiler.Changes;

/// <summary>
/// Pairs the parts of an old and a new version (outcomes, criteria, items, units): by id and
/// identical text first, then by identical wording under another id (a renumbering or a move),
/// then greedily by word similarity with a bonus for keeping the id, and last any part still
/// alone whose id is still there (reworded past recognition, but in its place). Ids alone fail
/// when a writer inserts a criterion; similarity alone fails for short, alike criteria.
/// </summary>
public static class Matcher
{
    /// <summary>The similarity below which two parts are not taken for one another.</summary>
    public const double Threshold = 0.5;

    private const double SameIdBonus = 0.25;

    public readonly record struct Part(string Id, string Text);

    /// <summary>For each old part the index of its new part (or -1); the same from new to old.</summary>
    /// <param name="olds">The old parts.</param>
    /// <param name="news">The new parts.</param>
    /// <param name="idsFirst">Pair every id found on both sides before any text is compared: for units, whose reference is what the register knows them by.</param>
    public static (int[] OldToNew, int[] NewToOld) Match(IReadOnlyList<Part> olds, IReadOnlyList<Part> news, bool idsFirst = false)
    {
        var oldToNew = Enumerable.Repeat(-1, olds.Count).ToArray();
        var newToOld = Enumerable.Repeat(-1, news.Count).ToArray();
        var newById = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < news.Count; j++)
        {
            newById.TryAdd(news[j].Id, j);
        }

        // Unchanged parts, the common case, cost a look-up and a string compare.
        for (var i = 0; i < olds.Count; i++)
        {
            if (newById.TryGetValue(olds[i].Id, out var j) && newToOld[j] < 0 && (idsFirst || string.Equals(olds[i].Text, news[j].Text, StringComparison.Ordinal)))
            {
                Pair(i, j);
            }
        }

        var leftOld = Enumerable.Range(0, olds.Count).Where(i => oldToNew[i] < 0).ToList();
        var leftNew = Enumerable.Range(0, news.Count).Where(j => newToOld[j] < 0).ToList();
        if (leftOld.Count == 0 || leftNew.Count == 0)
        {
            return (oldToNew, newToOld);
        }

        var oldKeys = leftOld.ToDictionary(i => i, i => EditorialText.Key(olds[i].Text));
        var newKeys = leftNew.ToDictionary(j => j, j => EditorialText.Key(news[j].Text));
        var oldSets = leftOld.ToDictionary(i => i, i => new HashSet<string>(oldKeys[i].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));
        var newSets = leftNew.ToDictionary(j => j, j => new HashSet<string>(newKeys[j].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal));

        var candidates = new List<(double Score, int I, int J)>();
        foreach (var i in leftOld)
        {
            foreach (var j in leftNew)
            {
                var sameId = string.Equals(olds[i].Id, news[j].Id, StringComparison.Ordinal);
                var sameWords = string.Equals(oldKeys[i], newKeys[j], StringComparison.Ordinal);
                var similarity = sameWords ? 1.0 : TextSimilarity.Dice(oldSets[i], newSets[j]);
                if (similarity >= Threshold)
                {
                    // Editorially equal wording outranks any rewording, and keeping the id breaks ties.
                    candidates.Add((similarity + (sameWords ? 1 : 0) + (sameId ? SameIdBonus : 0), i, j));
                }
            }
        }

        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.I).ThenBy(c => c.J))
        {
            if (oldToNew[i] < 0 && newToOld[j] < 0)
            {
                Pair(i, j);
            }
        }

        foreach (var i in leftOld.Where(i => oldToNew[i] < 0))
        {
            if (newById.TryGetValue(olds[i].Id, out var j) && newToOld[j] < 0)
            {
                Pair(i, j);
            }
        }

        return (oldToNew, newToOld);

        void Pair(int i, int j)
        {
            oldToNew[i] = j;
            newToOld[j] = i;
        }
    }
}
