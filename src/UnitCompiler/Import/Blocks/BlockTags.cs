namespace UnitCompiler.Import;

/// <summary>The block-level tags whose balance tells a wrapped cell (tags still open) from a finished one.</summary>
internal static class BlockTags
{
    private static readonly string[] Names = ["p", "ul", "ol", "li", "div", "table", "tr", "td", "th", "blockquote", "dt", "dd"];

    /// <summary>Block tags opened less block tags closed in <paramref name="html"/>, never below zero along the way.</summary>
    public static int Balance(ReadOnlySpan<char> html)
    {
        var balance = 0;
        var i = html.IndexOf('<');
        while (i >= 0)
        {
            var close = html[(i + 1)..].IndexOf('>');
            if (close < 0)
            {
                break;
            }

            balance = Math.Max(0, balance + Change(html.Slice(i + 1, close)));
            var next = html[(i + 1 + close)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + close + next;
        }

        return balance;
    }

    /// <summary>+1 for an opening block tag, -1 for a closing one, 0 for anything else (inline, void or self-closing); <paramref name="inside"/> is the text between "&lt;" and "&gt;".</summary>
    public static int Change(ReadOnlySpan<char> inside)
    {
        var close = inside.Length > 0 && inside[0] == '/';
        var name = close ? inside[1..] : inside;
        var end = 0;
        while (end < name.Length && char.IsAsciiLetterOrDigit(name[end]))
        {
            end++;
        }

        if (end == 0 || !IsBlockTag(name[..end]) || !close && inside.EndsWith("/"))
        {
            return 0;
        }

        return close ? -1 : 1;
    }

    /// <summary>+1 for "table" (an opening &lt;table&gt; tag, any attributes), -1 for "/table", 0 for any other tag; <paramref name="inside"/> as for <see cref="Change"/>.</summary>
    public static int TableChange(ReadOnlySpan<char> inside)
    {
        var close = inside.Length > 0 && inside[0] == '/';
        var name = (close ? inside[1..] : inside).TrimEnd();
        if (!name.StartsWith("table", StringComparison.OrdinalIgnoreCase) || name.Length > 5 && !char.IsWhiteSpace(name[5]))
        {
            return 0;
        }

        return close ? -1 : 1;
    }

    private static bool IsBlockTag(ReadOnlySpan<char> name)
    {
        foreach (var tag in Names)
        {
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
