using System.Text.RegularExpressions;

namespace UnitCompiler.Import;

/// <summary>
/// A table's caption written as its first row: one cell spanning the table's columns
/// (<c>&lt;tr&gt;&lt;th colspan="2"&gt;Unit summary&lt;/th&gt;&lt;/tr&gt;</c>, as a learning platform's or an
/// editor's table gives it) holding a short title. It is the table's layout, as a <c>&lt;caption&gt;</c>
/// is: no fact, no preamble. Shared by the parser and the lossless check.
/// </summary>
internal static partial class TableCaptions
{
    // Longer than any table's title; a cell of more words is prose, kept.
    private const int MaxWords = 8;

    /// <summary>True when <paramref name="rowHtml"/> is a table row of one cell that spans two or more columns and holds a title.</summary>
    public static bool IsCaptionRow(string rowHtml, string plainText) =>
        CellTag().Count(rowHtml) == 1 && RowTag().IsMatch(rowHtml) && SpanningCell().IsMatch(rowHtml) && IsCaptionText(plainText);

    /// <summary>
    /// A title's words: a few, with a letter, not a sentence (no closing full stop), not a metadata fact
    /// ("Level: 3"), an outcome, an outcome's number alone, an LO marker or a criterion.
    /// </summary>
    public static bool IsCaptionText(string plainText)
    {
        var text = plainText.Trim();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords && text.Any(char.IsLetter) && !text.EndsWith('.')
            && MetadataLabels.Match(text) is null && !UnitNumbering.StartsOutcome(text) && !UnitNumbering.OutcomeNumberOnly().IsMatch(text)
            && !UnitNumbering.StartsOutcomeMarker(text) && !UnitNumbering.Criterion().IsMatch(text);
    }

    /// <summary>A whole caption row on one line, its cell's inner HTML in "body": for the lossless check, which reads lines.</summary>
    [GeneratedRegex(@"<tr(?:\s[^<>]*)?>\s*<t[hd]\s[^<>]*colspan\s*=\s*[""']?0*(?:[2-9]|[1-9][0-9])\b[^<>]*>(?<body>.*?)</t[hd]>\s*</tr>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    public static partial Regex CaptionRowLine();

    [GeneratedRegex(@"<t[hd][\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex CellTag();

    [GeneratedRegex(@"<tr[\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex RowTag();

    [GeneratedRegex(@"<t[hd]\s[^<>]*colspan\s*=\s*[""']?0*(?:[2-9]|[1-9][0-9])\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SpanningCell();
}
