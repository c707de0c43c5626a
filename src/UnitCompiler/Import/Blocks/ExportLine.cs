namespace UnitCompiler.Import;

/// <summary>What one line of an export can begin, judged from the line alone.</summary>
internal enum LineShape
{
    Blank,
    Artefact,
    Heading,
    /// <summary>Starts with <c>**</c>: a metadata label, a definition's term, a bold marker or heading.</summary>
    BoldLead,
    ListItem,
    /// <summary>Opens a table row: its first cell is an outcome, an LO marker or the header, or it starts with a tab.</summary>
    RowStart,
    /// <summary>Starts with an HTML tag but opens no row of its own.</summary>
    Html,
    /// <summary>A row of a Markdown pipe table, "| **Level** | 3 |": a row of its own, its cells between the pipes.</summary>
    PipeRow,
    /// <summary>Plain prose (a tab in it is white space).</summary>
    Prose,
}

/// <summary>
/// Classifies export lines. A tab separates cells only in a table row; in a label, a definition, a
/// list item or prose it is white space, as it is to anyone reading the export.
/// </summary>
internal static class ExportLine
{
    /// <summary>How many leading tags are looked through to find a row's first words: more is no real export.</summary>
    private const int MaxLeadingTags = 12;

    // Long enough for "Learning outcome 12:" and the words after it.
    private const int LeadingWordsLength = 80;

    /// <param name="line">The line.</param>
    /// <param name="followingWords">
    /// For a line of opening tags only ("&lt;p&gt;" where a cell wrapped straight after it), the first words of
    /// the next line, which say whether the tags open a row.
    /// </param>
    public static LineShape Classify(ReadOnlySpan<char> line, ReadOnlySpan<char> followingWords = default)
    {
        var trimmed = line.Trim();
        if (trimmed.IsEmpty)
        {
            return LineShape.Blank;
        }

        if (IsPipeRow(trimmed))
        {
            // The rule under a pipe table's header ("| :---- | ---: |") is the table's own structure, not an artefact.
            return trimmed.ContainsAnyExcept("|:- \t") ? LineShape.PipeRow : LineShape.Blank;
        }

        if (IsContainerFence(trimmed))
        {
            return LineShape.Blank; // ":::note" / ":::": the box drawn round the paragraphs between, not a word of them
        }

        if (IsArtefact(line))
        {
            return LineShape.Artefact;
        }

        if (HeadingLevel(trimmed) > 0 || HtmlHeading(trimmed) is not null)
        {
            return LineShape.Heading;
        }

        if (trimmed.StartsWith("**"))
        {
            return LineShape.BoldLead;
        }

        if (IsListMarker(trimmed))
        {
            return LineShape.ListItem;
        }

        var startsWithTag = StartsWithTag(trimmed);
        if (IsTableRowTag(trimmed))
        {
            return LineShape.RowStart; // an HTML table's row: "<tr><td>Level</td><td>3</td></tr>"
        }

        var tab = line.IndexOf('\t');
        var firstCell = tab >= 0 ? line[..tab] : line;
        if (tab >= 0 && firstCell.Trim().IsEmpty)
        {
            return LineShape.RowStart; // a row whose first cell is empty: more criteria for the outcome above
        }

        if (startsWithTag || tab >= 0)
        {
            ReadOnlySpan<char> words = LeadingWords(firstCell.Trim());
            if (tab < 0 && NeedsFollowingWords(words) && !followingWords.IsEmpty)
            {
                // A cell wrapped straight after its opening tags or its number: the next line has its first words.
                words = words.IsEmpty ? followingWords : string.Concat(words, " ", followingWords);
            }

            if (OpensOutcome(words) || tab >= 0 && SectionHeadings.IsTableHeader(words.ToString(), null))
            {
                return LineShape.RowStart;
            }

            if (tab >= 0 && MetadataLabels.IsKnown(words.ToString()))
            {
                return LineShape.RowStart; // "Level<tab>3", a metadata table saved as text: a row of its own
            }
        }

        return startsWithTag ? LineShape.Html : LineShape.Prose;
    }

    /// <summary>
    /// The length of a Markdown blockquote's marker at the start of a line: up to three spaces, "&gt;" and
    /// the one space or tab after it ("&gt; Evidence ...", "&gt;" alone); 0 for any other line.
    /// </summary>
    public static int BlockquoteMarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && i < 3 && line[i] == ' ')
        {
            i++;
        }

        if (i >= line.Length || line[i] != '>')
        {
            return 0;
        }

        i++;
        return i < line.Length && line[i] is ' ' or '\t' ? i + 1 : i;
    }

    /// <summary>"| a | b |": a line that starts and ends with a pipe and has a cell between two of them.</summary>
    public static bool IsPipeRow(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && trimmed[0] == '|' && trimmed[^1] == '|' && trimmed[1..^1].Contains('|');

    /// <summary>
    /// ":::note", ":::tip", "::: warning", "::: {.callout}" or ":::": the fences of a Markdown container (Docusaurus's
    /// admonitions, VuePress's and markdown-it's containers, Pandoc's fenced divs). The page draws the paragraphs
    /// between them in a box headed by the type; the fences and the type are presentation. A fence with a title
    /// after the type (":::tip Remember") is not one: the title is shown.
    /// </summary>
    public static bool IsContainerFence(ReadOnlySpan<char> trimmed)
    {
        if (!trimmed.StartsWith(":::"))
        {
            return false;
        }

        var rest = trimmed.TrimStart(':').Trim();
        if (rest.StartsWith('{'))
        {
            return rest.EndsWith('}') && rest.IndexOf('}') == rest.Length - 1;
        }

        foreach (var c in rest)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line, read from its start, has a tab outside any block-level tag: it holds a cell boundary.</summary>
    public static bool HasCellTab(ReadOnlySpan<char> line)
    {
        var tab = line.IndexOf('\t');
        if (tab < 0)
        {
            return false;
        }

        var before = line[..tab];
        return BlockTags.Balance(before) <= 0;
    }

    /// <summary>The first words of an outcome's row: its number and text, or an indicative-content LO marker.</summary>
    private static bool OpensOutcome(ReadOnlySpan<char> words) => UnitNumbering.StartsOutcome(words) || UnitNumbering.StartsOutcomeMarker(words);

    /// <summary>Words that cannot tell alone whether they open a row: none (only tags), an outcome's number alone, or the words before it.</summary>
    public static bool NeedsFollowingWords(ReadOnlySpan<char> words) =>
        words.IsEmpty || UnitNumbering.OutcomeNumberOnly().IsMatch(words) || UnitNumbering.OutcomeNumberStart().IsMatch(words);

    /// <summary>The number of <c>#</c> of a Markdown heading line, or 0.</summary>
    public static int HeadingLevel(ReadOnlySpan<char> trimmed)
    {
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < trimmed.Length && trimmed[hashes] is ' ' or '\t' ? hashes : 0;
    }

    /// <summary>
    /// "&lt;h2&gt;Assessment requirements&lt;/h2&gt;", a page saved from a wiki: a heading of that level, its words
    /// between the tags (offsets into <paramref name="trimmed"/>); null for any other line.
    /// </summary>
    public static (int Level, int BodyStart, int BodyLength)? HtmlHeading(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 9 || trimmed[0] != '<' || trimmed[1] is not ('h' or 'H') || trimmed[2] is < '1' or > '6' || trimmed[3] is not ('>' or ' '))
        {
            return null;
        }

        var open = trimmed.IndexOf('>');
        var close = trimmed.Length - 5;
        if (open < 0 || close <= open || trimmed[close] != '<' || trimmed[close + 1] != '/' || trimmed[close + 2] is not ('h' or 'H')
            || trimmed[close + 3] != trimmed[2] || trimmed[close + 4] != '>' || trimmed[(open + 1)..close].Contains("</h", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (trimmed[2] - '0', open + 1, close - open - 1);
    }

    /// <summary>
    /// The first words of a line or cell with every tag among them left out: "&lt;p&gt;&lt;b&gt;2.&lt;/b&gt; Be able"
    /// reads "2. Be able", since a number set in bold is closed before its text starts. Only the
    /// first words are read: they are all that tells what a line opens.
    /// </summary>
    public static string LeadingWords(ReadOnlySpan<char> text)
    {
        var rest = TextAfterTags(text);
        var words = new System.Text.StringBuilder(Math.Min(rest.Length, LeadingWordsLength));
        for (var i = 0; i < rest.Length && words.Length < LeadingWordsLength; i++)
        {
            if (StartsWithTag(rest[i..]) && rest[i..].IndexOf('>') is > 0 and var close)
            {
                i += close;
                if (words.Length > 0 && words[^1] != ' ')
                {
                    words.Append(' '); // "**Learning outcome 1**</p><p>Understand": the paragraphs' words do not run together
                }

                continue;
            }

            words.Append(rest[i]);
        }

        return words.ToString().TrimEnd();
    }

    /// <summary>The words of a line or cell after its opening tags ("<c>&lt;p class="x"&gt;&lt;b&gt;2.</c>" reads "2.").</summary>
    public static ReadOnlySpan<char> TextAfterTags(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        for (var n = 0; n < MaxLeadingTags && StartsWithTag(text); n++)
        {
            var close = text.IndexOf('>');
            if (close < 0)
            {
                break;
            }

            text = text[(close + 1)..].TrimStart();
        }

        return text;
    }

    /// <summary>A closing tag, a list, a list item, a rule or a definition: markup that carries on a cell and cannot open a row.</summary>
    public static bool StartsWithCellContinuation(ReadOnlySpan<char> trimmed)
    {
        if (!StartsWithTag(trimmed))
        {
            return false;
        }

        if (trimmed[1] == '/')
        {
            return true;
        }

        var name = trimmed[1..];
        var end = 0;
        while (end < name.Length && char.IsAsciiLetterOrDigit(name[end]))
        {
            end++;
        }

        return name[..end] is var tag && (tag.Equals("ul", StringComparison.OrdinalIgnoreCase) || tag.Equals("ol", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("li", StringComparison.OrdinalIgnoreCase) || tag.Equals("hr", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("dd", StringComparison.OrdinalIgnoreCase)); // a term's definition on the line after it
    }

    /// <summary>
    /// "&lt;tr&gt;", "&lt;TR class=..&gt;" or "&lt;dt&gt;": the opening of an HTML table's row, or of a definition
    /// list's term, which with its definition is a row of two cells ("Level" | "3", a term | its definition).
    /// </summary>
    public static bool IsTableRowTag(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 4 && trimmed[0] == '<' && IsRowName(trimmed[1..3]) && trimmed[3] is '>' or ' ';

    /// <summary>"&lt;td", "&lt;TH ...", "&lt;dt", "&lt;dd": a cell's opening tag; <paramref name="inside"/> is the text between "&lt;" and "&gt;".</summary>
    public static bool IsTableCellTag(ReadOnlySpan<char> inside) =>
        inside.Length >= 2 && (inside.Length == 2 || inside[2] == ' ')
        && (inside[0] is 't' or 'T' && inside[1] is 'd' or 'D' or 'h' or 'H' || inside[0] is 'd' or 'D' && inside[1] is 't' or 'T' or 'd' or 'D');

    /// <summary>
    /// The text inside a tag: +1 when it opens a row ("tr", or a definition list's "dt"), -1 when it
    /// closes one ("/tr", or "/dl", the end of the last term's definition), 0 for any other tag.
    /// </summary>
    public static int TableRowTagChange(ReadOnlySpan<char> inside)
    {
        var close = inside.Length > 0 && inside[0] == '/';
        var name = close ? inside[1..] : inside;
        if (name.Length < 2 || name.Length > 2 && name[2] != ' ')
        {
            return 0;
        }

        return close ? (IsName(name, 't', 'r') || IsName(name, 'd', 'l') ? -1 : 0) : IsRowName(name[..2]) ? 1 : 0;
    }

    private static bool IsRowName(ReadOnlySpan<char> name) => IsName(name, 't', 'r') || IsName(name, 'd', 't');

    private static bool IsName(ReadOnlySpan<char> name, char first, char second) =>
        char.ToLowerInvariant(name[0]) == first && char.ToLowerInvariant(name[1]) == second;

    /// <summary>A line that opens a table row, or a definition list's term: "&lt;tr&gt;", "&lt;TR class=...&gt;", "&lt;dt&gt;".</summary>
    public static bool StartsWithTableRow(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && trimmed[0] == '<' && TableRowTagChange(trimmed[1..Math.Min(trimmed.Length, 4)].TrimEnd('>')) == 1;

    /// <summary>
    /// True when the line's last tag is not closed on it: "&lt;p class=MsoListParagraph", "&lt;span", "&lt;![if" (not "a &lt; b", not "&lt;b&gt;"),
    /// or a declaration, "&lt;!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"" with its DTD's address on the next line, as XHTML pages write it.
    /// </summary>
    public static bool EndsInsideTag(ReadOnlySpan<char> line)
    {
        var open = line.LastIndexOf('<');
        if (open < 0 || !StartsWithTag(line[open..]) || line[open..].Contains('>'))
        {
            return false;
        }

        var name = line[(open + 1)..].TrimStart('/');
        if (name.StartsWith("!["))
        {
            return true; // Word's conditional markup wrapped at its space ("<![if" / "!supportLists]>"): a tag still open
        }

        if (name.Length > 1 && name[0] == '!' && char.IsAsciiLetter(name[1]))
        {
            name = name[1..];
        }

        var end = 0;
        while (end < name.Length && char.IsAsciiLetterOrDigit(name[end]))
        {
            end++;
        }

        return end == name.Length || char.IsWhiteSpace(name[end]);
    }

    /// <summary>"&lt;p", "&lt;/p", "&lt;B", "&lt;!--", "&lt;![if": a tag, not a lone "&lt;" of prose.</summary>
    public static bool StartsWithTag(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '<' && (char.IsAsciiLetter(text[1])
            || text[1] is '/' or '!' && text.Length > 2 && (char.IsAsciiLetter(text[2]) || text[1] == '!' && text[2] is '[' or '-'));

    public static bool IsListMarker(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+' or '\u2022' && trimmed[1] is ' ' or '\t' && !trimmed.StartsWith("**");

    /// <summary>
    /// The level a line of one repeated character gives the line above it when it underlines it:
    /// "=====" 1 and "-----" 2 (Markdown's setext headings), "~~~~~" 3 (as reStructuredText and plain
    /// text exports underline a third level); 0 for any other line. Three or more, spaces around.
    /// </summary>
    public static int UnderlineLevel(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        if (trimmed.Length < 3 || trimmed.ContainsAnyExcept(trimmed[0]))
        {
            return 0;
        }

        return trimmed[0] switch { '=' => 1, '-' => 2, '~' => 3, _ => 0 };
    }

    /// <summary>
    /// A line an underline can make a heading: words on one line, not a row, a list item, a heading
    /// already, markup or a sentence (a heading does not end in a full stop).
    /// </summary>
    public static bool CanBeUnderlined(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && line.IndexOf('\t') < 0 && Classify(line) == LineShape.Prose && !trimmed.EndsWith(".");
    }

    /// <summary>Dashes, pipes, colons and tabs only, with a run of three dashes: a table rule.</summary>
    public static bool IsArtefact(ReadOnlySpan<char> text)
    {
        var dashes = 0;
        foreach (var c in text)
        {
            if (c == '-')
            {
                dashes++;
            }
            else if (c is not ('\t' or ' ' or '|' or ':' or '='))
            {
                return false;
            }
        }

        return dashes >= 3 && text.IndexOf("---") >= 0;
    }
}
