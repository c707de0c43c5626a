using System.Text;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Lexicon;

namespace UnitCompiler.Changes;

/// <summary>
/// Whether two texts read the same to a learner: equal once white space, bold and italic markers,
/// case, punctuation and British/American spelling variants (the SCOWL pairs lint uses, so -ise/-ize,
/// -our/-or, -tre/-ter and the rest come from one data list) are set aside. Each step is applied in
/// turn, and the step at which the texts became equal is the reason given.
/// </summary>
public static class EditorialText
{
    public const string Whitespace = "white space";
    public const string Markers = "bold or italic marker";
    public const string Case = "case";
    public const string Punctuation = "punctuation";
    public const string Spelling = "spelling variant";

    /// <summary>The reason <paramref name="before"/> and <paramref name="after"/> differ only editorially, or null when the wording changed.</summary>
    public static string? Reason(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return Whitespace;
        }

        var a = CollapseSpace(before);
        var b = CollapseSpace(after);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return Whitespace;
        }

        a = CollapseSpace(StripMarkers(a));
        b = CollapseSpace(StripMarkers(b));
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return Markers;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return Case;
        }

        var wa = Words(a);
        var wb = Words(b);
        if (wa.SequenceEqual(wb, StringComparer.Ordinal))
        {
            return Punctuation;
        }

        return wa.Select(BritishForm).SequenceEqual(wb.Select(BritishForm), StringComparer.Ordinal) ? Spelling : null;
    }

    /// <summary>The text's words, lower case, without punctuation or markers, spelling variants made British: the key two editorially equal texts share.</summary>
    public static string Key(string text) => string.Join(' ', Words(StripMarkers(text)).Select(BritishForm));

    /// <summary>Lower-case words; a hyphen or apostrophe joins ("well-being" and "wellbeing" are one word), other punctuation separates.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '-' or '\u2010' or '\u2011' or '\'' or '\u2019')
            {
                continue;
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string BritishForm(string word) => SpellingVariants.UkOf(word, SpellingStyle.British) ?? word;

    private static string StripMarkers(string text) =>
        text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("*", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);

    private static string CollapseSpace(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
