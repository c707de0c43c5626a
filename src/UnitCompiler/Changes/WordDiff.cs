using System.Collections.Immutable;
using DiffPlex;
using DiffPlex.Chunkers;

namespace UnitCompiler.Changes;

/// <summary>
/// A word-level diff, runs merged, as a reviewer reads <c>git diff --word-diff</c>. The words are
/// aligned by DiffPlex (Myers' algorithm: time and memory grow with the size of the change, not
/// with the product of the two texts' lengths).
/// </summary>
public static class WordDiff
{
    private static readonly SpaceSeparatedWords Chunker = new();

    public static ImmutableArray<WordEdit> Compute(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, Chunker);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var edits = new List<WordEdit>();
        var x = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (x < block.DeleteStartA)
            {
                edits.Add(new WordEdit(WordOp.Equal, a[x++]));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                edits.Add(new WordEdit(WordOp.Delete, a[x++]));
            }

            for (var j = 0; j < block.InsertCountB; j++)
            {
                edits.Add(new WordEdit(WordOp.Insert, b[block.InsertStartB + j]));
            }
        }

        while (x < a.Count)
        {
            edits.Add(new WordEdit(WordOp.Equal, a[x++]));
        }

        return Merge(edits);
    }

    /// <summary>Words are what white space separates: punctuation stays on its word, as <c>git diff --word-diff</c> shows it.</summary>
    private sealed class SpaceSeparatedWords : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
    }

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
