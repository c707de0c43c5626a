namespace UnitCompiler.Import;

/// <summary>
/// Parts of an export that the page it was saved from never shows anyone, found once for the reader and
/// the lost-words check alike, so the two cannot disagree about them:
/// <list type="bullet">
/// <item>the <c>&lt;head&gt;</c> of a saved HTML page: its title, metas, style sheets (over many lines,
/// indented by tabs, inside <c>&lt;!-- --&gt;</c>), scripts and Office's conditional <c>&lt;xml&gt;</c> blocks are
/// for the browser; the page's words are in its body;</item>
/// <item>a Markdown page's YAML front matter (Docusaurus, Jekyll, Hugo, Obsidian): the "key: value" lines
/// between a <c>---</c> line that opens the file and the next <c>---</c> (or <c>...</c>) are the site's
/// metadata of the page (its id, its label in the navigation), never printed on it.</item>
/// </list>
/// </summary>
internal static class HiddenText
{
    // Front matter is a handful of keys; a "---" rule far down a file is no front matter's end.
    private const int MaxFrontMatterLines = 60;

    /// <summary>The hidden runs of <paramref name="text"/>, in order; empty when there are none.</summary>
    public static IReadOnlyList<SourceSegment> Find(string text)
    {
        var found = new List<SourceSegment>(1);
        var from = 0;
        if (FrontMatter(text) is { } front)
        {
            found.Add(front);
            from = front.End;
        }

        if (Head(text, from) is { } head)
        {
            found.Add(head);
        }

        return found;
    }

    /// <summary>
    /// From a "&lt;head&gt;" tag (any case, any attributes; not "&lt;header&gt;") to the end of its "&lt;/head&gt;",
    /// when only tags and white space come before it from <paramref name="from"/> (a doctype, "&lt;html&gt;"): a page's head, not a tag
    /// quoted in prose. Null when there is none or it is never closed.
    /// </summary>
    private static SourceSegment? Head(string text, int from)
    {
        var open = FindTag(text, "<head", from);
        if (open < 0 || !OnlyTagsBefore(text.AsSpan(from, open - from)))
        {
            return null;
        }

        var close = FindTag(text, "</head", open);
        if (close < 0)
        {
            return null;
        }

        var end = text.IndexOf('>', close);
        return end < 0 ? null : new SourceSegment(open, end + 1);
    }

    /// <summary>Where "&lt;name" starts a tag of exactly that name (followed by "&gt;", "/" or white space) at or after <paramref name="from"/>; -1 for none.</summary>
    private static int FindTag(string text, string start, int from)
    {
        for (var at = text.IndexOf(start, from, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(start, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = at + start.Length;
            if (after < text.Length && (text[after] is '>' or '/' || char.IsWhiteSpace(text[after])))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool OnlyTagsBefore(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart().TrimStart('\uFEFF').TrimStart(); // a BOM left in the text is no word
        while (!rest.IsEmpty)
        {
            if (rest[0] != '<' || rest.IndexOf('>') is not (> 0 and var close))
            {
                return false;
            }

            rest = rest[(close + 1)..].TrimStart();
        }

        return true;
    }

    /// <summary>
    /// "---" as the file's first line, then YAML's "key: value" lines (keys of one word, "sidebar_label:";
    /// indented lines carry a value on), then "---" or "...": the whole block, its closing line included.
    /// Null for anything else, so a table rule or a "---" over metadata typed as "Unit title: ..." is not taken for it.
    /// </summary>
    private static SourceSegment? FrontMatter(string text)
    {
        var bom = text.StartsWith('\uFEFF') ? 1 : 0;
        var first = LineEnd(text, bom);
        if (!text.AsSpan(bom, first - bom).TrimEnd().SequenceEqual("---"))
        {
            return null;
        }

        var keys = 0;
        var at = NextLine(text, first);
        for (var n = 0; at < text.Length && n < MaxFrontMatterLines; n++)
        {
            var end = LineEnd(text, at);
            var line = text.AsSpan(at, end - at).TrimEnd();
            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                return keys > 0 ? new SourceSegment(0, end) : null;
            }

            if (IsKeyLine(line))
            {
                keys++;
            }
            else if (!(line.IsEmpty || char.IsWhiteSpace(line[0]) && keys > 0))
            {
                return null;
            }

            at = NextLine(text, end);
        }

        return null;
    }

    /// <summary>"id: unit-306", "sidebar_position: 6", "tags:": a YAML key of one word at the line's start, a colon, then a space or nothing.</summary>
    private static bool IsKeyLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon < 1 || !char.IsAsciiLetter(line[0]) || colon + 1 < line.Length && line[colon + 1] != ' ')
        {
            return false;
        }

        foreach (var c in line[..colon])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOfAny(['\r', '\n'], from);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) =>
        lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : Math.Min(text.Length, lineEnd + 1);
}
