namespace UnitCompiler.Changes;

/// <summary>How alike two texts' words are: the Dice coefficient of their word sets, 0 (nothing shared) to 1.</summary>
public static class TextSimilarity
{
    public static double Dice(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    public static HashSet<string> WordSet(string text) => new(EditorialText.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
