using System.Text;

namespace UnitCompiler.Model;

/// <summary>
/// The little of Markdown inline syntax the model itself needs (finding bold terms, plain words
/// for matching). Rendering goes through Markdig; this only reads what the importer writes and
/// what writers type by hand.
/// </summary>
public static class MarkdownInline
{
    /// <summary>The inner ranges of <c>**bold**</c> and <c>__bold__</c> spans, in order.</summary>
    public static IEnumerable<(int Start, int Length)> BoldSpans(string text)
    {
        var i = 0;
        while (i < text.Length - 1)
        {
            var marker = text[i];
            if ((marker == '*' || marker == '_') && text[i + 1] == marker && (i == 0 || text[i - 1] != '\\'))
            {
                var close = text.IndexOf(new string(marker, 2), i + 2, StringComparison.Ordinal);
                if (close > i + 2)
                {
                    var start = i + 2;
                    var inner = text.AsSpan(start, close - start);
                    var trimmedStart = start + (inner.Length - inner.TrimStart().Length);
                    var trimmedLength = inner.Trim().Length;
                    if (trimmedLength > 0)
                    {
                        yield return (trimmedStart, trimmedLength);
                    }

                    i = close + 2;
                    continue;
                }
            }

            i++;
        }
    }

    /// <summary>Where each link's target ("(https://...)", brackets included) starts and ends in <paramref name="markdown"/>: an address, not wording.</summary>
    public static IEnumerable<(int Start, int End)> LinkTargets(string markdown)
    {
        for (var open = markdown.IndexOf('['); open >= 0; open = markdown.IndexOf('[', open + 1))
        {
            if (LinkEnd(markdown, open) is var (textEnd, end) && end > 0)
            {
                yield return (textEnd + 1, end + 1);
                open = end;
            }
        }
    }

    /// <summary>For a link "[text](target)" starting at <paramref name="open"/>: where its text ends ("]") and where it ends (")"); (0, 0) when it is none.</summary>
    private static (int TextEnd, int End) LinkEnd(string markdown, int open)
    {
        var textEnd = markdown.IndexOf("](", open + 1, StringComparison.Ordinal);
        var end = textEnd < 0 ? -1 : markdown.IndexOf(')', textEnd + 2);
        return end < 0 || markdown.AsSpan(open + 1, textEnd - open - 1).Contains('[') || markdown.AsSpan(textEnd + 2, end - textEnd - 2).Contains(' ') ? (0, 0) : (textEnd, end);
    }

    // What ToPlainText may take out: escapes, emphasis markers, links.
    private static readonly System.Buffers.SearchValues<char> PlainTextMarks = System.Buffers.SearchValues.Create("\\*_[");

    /// <summary>The text without emphasis markers, backslash escapes or link targets, as a reader sees it.</summary>
    public static string ToPlainText(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(PlainTextMarks) < 0)
        {
            return markdown; // nothing to take out: most text, and lint and the documents ask for every text
        }

        var sb = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length && char.IsAscii(markdown[i + 1]) && (char.IsPunctuation(markdown[i + 1]) || char.IsSymbol(markdown[i + 1])))
            {
                sb.Append(markdown[++i]);
            }
            else if (c is '*' or '_' && IsEmphasisMarker(markdown, i))
            {
                continue;
            }
            else if (c == '[' && LinkEnd(markdown, i) is var (textEnd, end) && end > 0)
            {
                sb.Append(ToPlainText(markdown[(i + 1)..textEnd])); // "[the playbook](https://...)" reads "the playbook"
                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Characters that Markdown would read as syntax. Text that came from HTML escapes them so that a
    /// literal "*" in an export stays a literal star.
    /// </summary>
    public static bool NeedsEscape(char c) => c is '\\' or '*' or '_' or '`' or '[' or ']';

    private static bool IsEmphasisMarker(string s, int i)
    {
        // "_" inside a word (snake_case, file names) is not emphasis in CommonMark.
        if (s[i] == '_')
        {
            var before = i > 0 && char.IsLetterOrDigit(s[i - 1]);
            var after = i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]);
            return !(before && after);
        }

        return true;
    }
}
