using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Splits an export into blocks by the format's structure, not its line layout. A table row starts
/// where an outcome cell (or an LO marker, or the header) starts, and goes on while its HTML is
/// open, while lines start with a tab, and across any wrap of its cells, up to the next row, heading
/// or Markdown block. Prose lines join into paragraphs, and a sentence broken by a page break (a
/// blank line, then the rest of the sentence in lower case) is joined once, here, for every section.
/// A line that ends inside a tag is read with the lines that finish the tag, as one line: Word wraps
/// its HTML at any space, between a tag's attributes too ("&lt;p class=MsoListParagraph" / "style='...'&gt;").
/// </summary>
internal sealed class ExportReader
{
    private readonly SourceText _source;
    private readonly List<ExportBlock> _blocks = [];
    private readonly IReadOnlyList<SourceSegment> _hidden;
    private BlockBuilder? _open;
    private bool _blankSinceOpen;

    // A tag wrapped over more lines than this is not a tag but a stray "<" of prose.
    private const int MaxLinesInTag = 8;

    private ExportReader(SourceText source)
    {
        _source = source;
        _hidden = HiddenText.Find(source.Text);
    }

    public static ImmutableArray<ExportBlock> Read(SourceText source)
    {
        var reader = new ExportReader(source);
        for (var line = 0; line < source.LineCount; line++)
        {
            if (reader.IsHidden(line))
            {
                continue; // a saved page's <head>, a Markdown page's front matter: nothing a reader of the page sees
            }

            if (reader.UnderlinedHeading(line) is > 0 and var level)
            {
                reader.ReadUnderlinedHeading(line, level);
                line++; // the underline: structure, no words
                continue;
            }

            var last = reader.LastOfLine(line);
            reader.ReadLine(line, last);
            line = last;
        }

        reader.Close(endsFile: true);
        return [.. reader._blocks];
    }

    /// <summary>
    /// The heading level of <paramref name="line"/> when the next line underlines it ("Indicative Content" /
    /// "------------------"); 0 when it does not. A heading whose words go on from a paragraph above
    /// it cannot be: the paragraph's last line is prose, so only a line after a blank line, a line of
    /// tags ("&lt;/head&gt;&lt;body&gt;"), a heading or the start qualifies.
    /// </summary>
    private int UnderlinedHeading(int line)
    {
        if (line + 1 >= _source.LineCount || ExportLine.UnderlineLevel(_source.LineText(line + 1)) is not (> 0 and var level)
            || !ExportLine.CanBeUnderlined(_source.LineText(line)))
        {
            return 0;
        }

        var above = _source.LineText(Math.Max(0, line - 1));
        var afterNothing = line == 0 || above.IsWhiteSpace() || ExportLine.StartsWithTag(above.TrimStart()) && ExportLine.LeadingWords(above).AsSpan().IsWhiteSpace();
        return afterNothing || _open?.Kind == ExportBlockKind.Heading ? level : 0;
    }

    private void ReadUnderlinedHeading(int line, int level)
    {
        Close(endsFile: false);
        _blankSinceOpen = false;
        var start = _source.LineStart(line);
        var text = _source.LineText(line);
        var body = text.Trim();
        var heading = new BlockBuilder(_source, ExportBlockKind.Heading, start, level);
        var bodyStart = start + (text.Length - text.TrimStart().Length);
        heading.Add(bodyStart, bodyStart + body.Length);
        _open = heading;
    }

    /// <summary>The last physical line of the line that starts at <paramref name="first"/>: past it while a tag is still open.</summary>
    private int LastOfLine(int first)
    {
        var last = first;
        while (last + 1 < _source.LineCount && last - first < MaxLinesInTag && ExportLine.EndsInsideTag(Text(first, last)))
        {
            last++;
        }

        return last;
    }

    /// <summary>The text of physical lines <paramref name="first"/> to <paramref name="last"/>, line breaks included.</summary>
    private ReadOnlySpan<char> Text(int first, int last)
    {
        var start = _source.LineStart(first);
        return _source.Text.AsSpan(start, _source.LineStart(last) + _source.LineText(last).Length - start);
    }

    /// <summary>
    /// Reads physical lines <paramref name="first"/> to <paramref name="last"/> (more than one only when a tag goes on across them) as one line.
    /// A line holding several rows of an HTML table ("&lt;tr&gt;...&lt;/tr&gt;&lt;tr&gt;...", a whole table saved on one line) is read as a line per row.
    /// </summary>
    private void ReadLine(int first, int last)
    {
        var start = _source.LineStart(first);
        var text = Text(first, last);
        foreach (var hidden in _hidden)
        {
            if (hidden.Start < start + text.Length && hidden.End > start)
            {
                // The line holds the edge of a hidden run ("<html><head>", "</head><body>"): its parts outside it are read.
                if (hidden.Start > start)
                {
                    ReadVisible(start, text[..(hidden.Start - start)], last);
                }

                if (hidden.End < start + text.Length)
                {
                    ReadVisible(hidden.End, text[(hidden.End - start)..], last);
                }

                return;
            }
        }

        ReadVisible(start, text, last);
    }

    private void ReadVisible(int start, ReadOnlySpan<char> text, int last)
    {
        for (var row = NextTableRow(text, 1); row > 0; row = NextTableRow(text, 1))
        {
            ReadText(start, text[..row], followingWords: null);
            start += row;
            text = text[row..];
        }

        ReadText(start, text, FollowingWords(last, text));
    }

    /// <summary>True when the whole of physical line <paramref name="line"/> lies in a hidden run (<see cref="HiddenText"/>).</summary>
    private bool IsHidden(int line)
    {
        var start = _source.LineStart(line);
        var end = start + _source.LineText(line).Length;
        foreach (var hidden in _hidden)
        {
            if (hidden.Start <= start && end <= hidden.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the next "&lt;tr" opening tag at or after <paramref name="from"/> starts; -1 when none does.</summary>
    private static int NextTableRow(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && text[from..].IndexOf('<') is >= 0 and var i)
        {
            from += i;
            if (ExportLine.StartsWithTableRow(text[from..]))
            {
                return from;
            }

            from++;
        }

        return -1;
    }

    private void ReadText(int start, ReadOnlySpan<char> text, string? followingWords)
    {
        if (ExportLine.BlockquoteMarkerLength(text) is > 0 and var quote)
        {
            // A Markdown blockquote ("> Evidence must not ..."): the marker sets its lines off, as a callout's box
            // does, and is no word of them; what follows it is read as any line is (a lone ">" is a blank line).
            ReadText(start + quote, text[quote..], followingWords);
            return;
        }

        var shape = ExportLine.Classify(text, followingWords);
        if (shape == LineShape.Blank)
        {
            _blankSinceOpen = true;
            return;
        }

        if (_open is not null && Continues(_open, text, shape))
        {
            Extend(_open, start, text);
            _blankSinceOpen = false;
            return;
        }

        Close(endsFile: false);
        _blankSinceOpen = false;
        _open = Begin(start, text, shape);
    }

    /// <summary>
    /// For a line of tags and at most an outcome's number, the words the next lines go on with (up to
    /// three lines, while the words so far are still only a number); else nothing.
    /// </summary>
    private string? FollowingWords(int line, ReadOnlySpan<char> text)
    {
        var own = ExportLine.LeadingWords(text).Trim();
        if (!ExportLine.StartsWithTag(text.TrimStart()) || !ExportLine.NeedsFollowingWords(own))
        {
            return null;
        }

        // "Learning" / "outcome 1:" / "Understand ...": the line's own words count towards what is still only a number.
        var words = string.Empty;
        for (var (next, read) = (line + 1, 0); next < _source.LineCount && read < 3; next++, read++)
        {
            var last = LastOfLine(next);
            var more = ExportLine.LeadingWords(Text(next, last)).Trim();
            next = last;
            if (more.Length == 0)
            {
                continue; // a line of tags only ("</p><p>"): the words come after it
            }

            words = words.Length == 0 ? more : string.Concat(words, " ", more);
            if (!ExportLine.NeedsFollowingWords(own.Length == 0 ? words : string.Concat(own, " ", words)))
            {
                return words;
            }
        }

        return null;
    }

    private BlockBuilder Begin(int start, ReadOnlySpan<char> text, LineShape shape)
    {
        var trimmed = text.TrimStart();
        var indent = text.Length - trimmed.Length;
        switch (shape)
        {
            case LineShape.Artefact:
                var artefact = new BlockBuilder(_source, ExportBlockKind.Artefact, start);
                artefact.Add(start, start + text.Length);
                return artefact;
            case LineShape.Heading when ExportLine.HtmlHeading(trimmed) is var (htmlLevel, htmlStart, htmlLength):
                var htmlHeading = new BlockBuilder(_source, ExportBlockKind.Heading, start, htmlLevel);
                htmlHeading.Add(start + indent + htmlStart, start + indent + htmlStart + htmlLength);
                return htmlHeading;
            case LineShape.Heading:
                var level = ExportLine.HeadingLevel(trimmed);
                var body = trimmed[level..].Trim().TrimEnd('#').TrimEnd();
                var bodyStart = start + indent + level + (trimmed[level..].Length - trimmed[level..].TrimStart().Length);
                var heading = new BlockBuilder(_source, ExportBlockKind.Heading, start, level);
                heading.Add(bodyStart, bodyStart + body.Length);
                return heading;
            case LineShape.ListItem:
                var itemStart = start + indent + 1;
                while (itemStart < start + text.Length && char.IsWhiteSpace(_source.Text[itemStart]))
                {
                    itemStart++;
                }

                var item = new BlockBuilder(_source, ExportBlockKind.ListItem, start);
                item.Add(itemStart, start + text.Length);
                return item;
            case LineShape.PipeRow:
                var pipeRow = new BlockBuilder(_source, ExportBlockKind.Row, start);
                pipeRow.AddPipeRowText(start, start + text.Length);
                return pipeRow;
            case LineShape.RowStart or LineShape.Html:
                var row = new BlockBuilder(_source, ExportBlockKind.Row, start);
                row.AddRowText(start, start + text.Length);
                return row;
            default:
                var paragraph = new BlockBuilder(_source, ExportBlockKind.Paragraph, start);
                paragraph.Add(start, start + text.Length);
                return paragraph;
        }
    }

    private static void Extend(BlockBuilder block, int start, ReadOnlySpan<char> text)
    {
        if (block.Kind == ExportBlockKind.Row)
        {
            block.AddRowText(start, start + text.Length);
        }
        else
        {
            block.Add(start, start + text.Length);
        }
    }

    private void Close(bool endsFile)
    {
        if (_open is not null)
        {
            _blocks.Add(_open.ToBlock(endsFile));
            _open = null;
        }
    }

    private bool Continues(BlockBuilder block, ReadOnlySpan<char> text, LineShape shape) => !block.IsPipeRow && shape != LineShape.PipeRow && block.Kind switch
    {
        ExportBlockKind.Row => RowContinues(block, text, shape),
        ExportBlockKind.Paragraph or ExportBlockKind.ListItem => ProseContinues(block, text, shape),
        _ => false,
    };

    /// <summary>
    /// A row goes on through the wraps of its cells. A heading, artefact or Markdown block always ends
    /// it (so a truncated row cannot swallow the sections after it), and so does a new row, unless the
    /// row's HTML is still open and the line's first words merely look like a number.
    /// </summary>
    private bool RowContinues(BlockBuilder row, ReadOnlySpan<char> text, LineShape shape)
    {
        if (text[0] == '\t' && shape is not (LineShape.Heading or LineShape.Artefact))
        {
            return true; // the next cells of the row, or more criteria for its outcome
        }

        switch (shape)
        {
            case LineShape.BoldLead when row.OpenTags > 0 && (row.IsOnlyTags || row.EndsInOpeningTag || StartsNumber(ExportLine.LeadingWords(text))):
                // An outcome or criterion whose number is typed in Markdown bold ("**1.2** Lead ...", "**Learning outcome" / "2**"),
                // or a sub-item all in bold after its "<li><p>" and a wrap: inside the open cell.
                return true;
            case LineShape.Heading or LineShape.Artefact or LineShape.BoldLead or LineShape.ListItem:
                return false;
            case LineShape.RowStart when row.InTableRow && !ExportLine.StartsWithTableRow(text.TrimStart()):
                return true; // a cell of an open <tr> on a line of its own ("<td>5</td>", a credit value): not a row of its own
            case LineShape.RowStart:
                return row.OpenTags > 0 && (!ExportLine.StartsWithTag(text.TrimStart()) || row.IsOnlyTags);
        }

        // An HTML table ends at its "</table>": the paragraphs Word and Outlook write straight after it, with no
        // blank line between ("</table>" / "<p class=MsoNormal><b>Assessment Requirements</b></p>"), are the page's, not the last row's.
        if (row.ClosedTable && !text.TrimStart().StartsWith("</", StringComparison.Ordinal))
        {
            return false;
        }

        if (row.OpenTags > 0 || row.LastCellIsBlank)
        {
            return true;
        }

        // The row is closed and this line holds cells of its own: a row, though not one the table knows.
        if (ExportLine.HasCellTab(text))
        {
            return false;
        }

        // Criteria, sub-item lists and rules belong to the criteria cell wherever a line breaks
        // ("</p>\n<hr/> <p>1.2 ...", "</p>\n\n<ul><li>a) ..."): none of them can open a row.
        if (UnitNumbering.StartsCriterionOrMarker(ExportLine.LeadingWords(text)) || ExportLine.StartsWithCellContinuation(text.TrimStart()))
        {
            return true;
        }

        return _blankSinceOpen ? IsPageBreakContinuation(row.LastSegment, text) : true;
    }

    private static bool StartsNumber(string words) =>
        UnitNumbering.StartsNumberedPart(words) || UnitNumbering.OutcomeNumberStart().IsMatch(words);

    private bool ProseContinues(BlockBuilder block, ReadOnlySpan<char> text, LineShape shape)
    {
        if (shape != LineShape.Prose)
        {
            return false;
        }

        // Metadata typed as plain "Label:<tab>value" lines with no blank line between: each is a fact of its own.
        if (text.Contains(':') && MetadataLabels.Match(text.Trim().ToString()) is { IsBold: false })
        {
            return false;
        }

        return !_blankSinceOpen || IsPageBreakContinuation(block.LastSegment, text);
    }

    /// <summary>
    /// The previous text stops mid-sentence and this line carries on in lower case: the export broke
    /// a sentence across a page ("implement those decisions" ... "together.").
    /// </summary>
    private bool IsPageBreakContinuation(SourceSegment previous, ReadOnlySpan<char> text)
    {
        var next = ExportLine.TextAfterTags(text);
        if (next.IsEmpty || !char.IsLower(next[0]))
        {
            return false;
        }

        var tail = TextWithoutTrailingTags(_source.Text.AsSpan(previous.Start, previous.Length));
        return tail.Length > 0 && !IsSentenceEnd(tail[^1]);
    }

    private static ReadOnlySpan<char> TextWithoutTrailingTags(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && t[^1] == '>')
        {
            var open = t.LastIndexOf('<');
            if (open < 0)
            {
                break;
            }

            t = t[..open].TrimEnd();
        }

        return t;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '\'' or '\u2019' or '\u201D' or ')';
}
