using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Whether an item says its topic lies outside the unit ("covered in the payroll unit, not this one",
/// "has its own unit"): a nearby topic shares many of the unit's words, so its scores alone cannot
/// tell it from a criterion's content, but authors who write one tend to say so. The phrases are
/// <c>Data/out-of-scope.txt</c>; a phrase's <c>*</c> stands for up to four words.
/// </summary>
internal static class OutOfScope
{
    private const int MaxGap = 4;

    private static readonly string[][] Phrases = [.. EmbeddedData.Lines("out-of-scope.txt")
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    public static bool Says(string markdown)
    {
        var words = Words(markdown);
        return Phrases.Any(p => Enumerable.Range(0, words.Count).Any(i => Matches(words, p, i, 0)));
    }

    /// <summary>Lower-case runs of letters and digits; apostrophes dropped so "isn't" is one word.</summary>
    internal static List<string> Words(string markdown)
    {
        var text = MarkdownInline.ToPlainText(markdown).ToLowerInvariant();
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (ch is not ('\'' or '\u2019') && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static bool Matches(List<string> words, string[] phrase, int at, int next)
    {
        if (next == phrase.Length)
        {
            return true;
        }

        if (phrase[next] == "*")
        {
            return Enumerable.Range(0, MaxGap + 1).Any(gap => Matches(words, phrase, at + gap, next + 1));
        }

        return at < words.Count && words[at] == phrase[next] && Matches(words, phrase, at + 1, next + 1);
    }
}
