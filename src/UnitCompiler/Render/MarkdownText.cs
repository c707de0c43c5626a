using System.Buffers;
using Markdig;

namespace UnitCompiler.Render;

/// <summary>
/// Spec strings are Markdown inline text. Raw HTML is off, so a spec can never inject markup: a
/// "&lt;script&gt;" in a criterion is printed, not run.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>HTML for inline use: the paragraph wrapper Markdig adds is removed.</summary>
    public static string ToInlineHtml(string markdown)
    {
        if (IsPlainProse(markdown))
        {
            return markdown; // what Markdig would give, without parsing (a unit has hundreds of these)
        }

        var html = Markdown.ToHtml(markdown, Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return html.Replace("\n", " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// True for one line of words and everyday punctuation that starts with a letter and ends with
    /// no space: nothing Markdown reads as markup (no * _ ` [ ] ! # | ~ \\ or list, quote, heading or
    /// code line starts) and nothing HTML escapes (&lt; &gt; &amp; "), so Markdig's HTML is the text itself.
    /// </summary>
    internal static bool IsPlainProse(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ')
        {
            return false;
        }

        // Most text is ASCII prose: one vectorised scan finds the first character that is not an
        // ASCII letter, digit or allowed mark, and only from there is each character classified.
        var rest = text.AsSpan();
        var first = rest.IndexOfAnyExcept(AsciiProse);
        if (first < 0)
        {
            return true;
        }

        foreach (var c in rest[first..])
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or ',' or '.' or ';' or ':' or '\'' or '(' or ')' or '?' or '%' or '/' or '-' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2013' or '\u2014'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ASCII characters of plain prose: letters, digits, and the marks <see cref="IsPlainProse"/> allows.</summary>
    private static readonly SearchValues<char> AsciiProse = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.;:'()?%/-");

    public static string ToPlain(string markdown) => Model.MarkdownInline.ToPlainText(markdown);
}
