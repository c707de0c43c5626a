using System.Collections.Immutable;

namespace UnitCompiler.Changes;

/// <summary>
/// A word-level diff (longest common subsequence of the words), runs merged, as a reviewer reads
/// <c>git diff --word-diff</c>. Texts are a criterion or a paragraph long; beyond
/// <see cref="MaxCells"/> the table would cost more than the diff is worth, so the whole text is shown replaced.
/// </summary>
public static class WordDiff
{
    private const long MaxCells = 4_000_000;

    public static ImmutableArray<WordEdit> Compute(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        if ((long)a.Length * b.Length > MaxCells)
        {
            return Merge([.. a.Select(w => new WordEdit(WordOp.Delete, w)), .. b.Select(w => new WordEdit(WordOp.Insert, w))]);
        }

        // lcs[i, j]: the common words of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<WordEdit>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                edits.Add(new WordEdit(WordOp.Equal, a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                edits.Add(new WordEdit(WordOp.Insert, b[y++]));
            }
            else
            {
                edits.Add(new WordEdit(WordOp.Delete, a[x++]));
            }
        }

        return Merge(edits);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    // Deletions before insertions within a changed stretch, so "[-a b-]{+c d+}" reads as one replacement.
    private static ImmutableArray<WordEdit> Merge(List<WordEdit> edits)
    {
        var merged = ImmutableArray.CreateBuilder<WordEdit>();
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Op == WordOp.Equal)
            {
                var start = i;
                while (i < edits.Count && edits[i].Op == WordOp.Equal)
                {
                    i++;
                }

                merged.Add(new WordEdit(WordOp.Equal, string.Join(' ', edits.Skip(start).Take(i - start).Select(e => e.Text))));
                continue;
            }

            var deleted = new List<string>();
            var inserted = new List<string>();
            while (i < edits.Count && edits[i].Op != WordOp.Equal)
            {
                (edits[i].Op == WordOp.Delete ? deleted : inserted).Add(edits[i].Text);
                i++;
            }

            if (deleted.Count > 0)
            {
                merged.Add(new WordEdit(WordOp.Delete, string.Join(' ', deleted)));
            }

            if (inserted.Count > 0)
            {
                merged.Add(new WordEdit(WordOp.Insert, string.Join(' ', inserted)));
            }
        }

        return merged.ToImmutable();
    }
}
