using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Splits an export into blocks. Two quirks of real exports are handled here, once, so that no
/// recogniser has to: a table row whose HTML wraps onto following lines, and a sentence broken by a
/// page break (a blank line, then the rest of the sentence starting in lower case).
/// </summary>
internal static class ExportReader
{
    public static List<ExportBlock> Read(SourceText source)
    {
        var blocks = new List<ExportBlock>();
        ExportBlock? open = null; // a paragraph or list item that following lines may extend
        var blankSinceLast = false;

        for (var line = 0; line < source.LineCount; line++)
        {
            var start = source.LineStart(line);
            var text = source.LineText(line);
            var segment = new SourceSegment(start, start + text.Length);
            var trimmed = text.Trim();
            var last = blocks.Count > 0 ? blocks[^1] : null;

            if (trimmed.IsEmpty)
            {
                blankSinceLast = true;
                open = null;
                continue;
            }

            if (last is { Kind: ExportBlockKind.Row } row && ContinuesRow(source, row, text, blankSinceLast))
            {
                AppendToRow(source, row, text, segment);
                blankSinceLast = false;
                continue;
            }

            if (last is not null && !blankSinceLast && open is not null && IsLazyContinuation(text))
            {
                open.Cells[0].Add(segment);
                continue;
            }

            if (last is { Kind: ExportBlockKind.Paragraph or ExportBlockKind.ListItem } prose && blankSinceLast
                && IsPageBreakContinuation(source, prose.Cells[0][^1], text))
            {
                prose.Cells[0].Add(segment);
                open = prose;
                blankSinceLast = false;
                continue;
            }

            blankSinceLast = false;
            var block = Classify(source, start, text, segment);
            blocks.Add(block);
            open = block.Kind is ExportBlockKind.Paragraph or ExportBlockKind.ListItem ? block : null;
        }

        if (blocks.Count > 0 && blocks[^1] is { Kind: ExportBlockKind.Row, OpenTags: > 0 } lastRow)
        {
            lastRow.IsUnterminated = true;
        }

        return blocks;
    }

    private static ExportBlock Classify(SourceText source, int start, ReadOnlySpan<char> text, SourceSegment segment)
    {
        var trimmed = text.TrimStart();
        var indent = text.Length - trimmed.Length;

        if (IsArtefact(text))
        {
            return Single(ExportBlockKind.Artefact, start, segment);
        }

        if (text.Contains('\t') && !IsListMarker(trimmed))
        {
            var row = new ExportBlock(ExportBlockKind.Row, start);
            AppendCells(source, row, text, segment.Start);
            return row;
        }

        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is >= 1 and <= 6 && hashes < trimmed.Length && trimmed[hashes] == ' ')
        {
            var body = trimmed[hashes..].Trim().TrimEnd('#').TrimEnd();
            var bodyStart = segment.Start + indent + hashes + (trimmed[hashes..].Length - trimmed[hashes..].TrimStart().Length);
            var heading = new ExportBlock(ExportBlockKind.Heading, start) { HeadingLevel = hashes };
            heading.Cells.Add([new SourceSegment(bodyStart, bodyStart + body.Length)]);
            return heading;
        }

        if (IsListMarker(trimmed))
        {
            var itemStart = segment.Start + indent + 1;
            while (itemStart < segment.End && char.IsWhiteSpace(source.Text[itemStart]))
            {
                itemStart++;
            }

            return Single(ExportBlockKind.ListItem, start, new SourceSegment(itemStart, segment.End));
        }

        return Single(ExportBlockKind.Paragraph, start, segment);
    }

    private static ExportBlock Single(ExportBlockKind kind, int start, SourceSegment segment)
    {
        var block = new ExportBlock(kind, start);
        block.Cells.Add([segment]);
        return block;
    }

    /// <summary>
    /// A row goes on when its HTML still has a block open, when the line starts with a tab (the next
    /// cells of a row broken at the tab), or when a page break split a sentence of its last cell.
    /// </summary>
    private static bool ContinuesRow(SourceText source, ExportBlock row, ReadOnlySpan<char> text, bool afterBlank)
    {
        if (text[0] == '\t')
        {
            return true;
        }

        if (StartsNewStructure(text))
        {
            return false;
        }

        if (row.OpenTags > 0)
        {
            return true;
        }

        var lastCell = row.Cells[^1];
        return IsPageBreakContinuation(source, lastCell[^1], text) || (!afterBlank && StartsLowercase(text));
    }

    private static void AppendToRow(SourceText source, ExportBlock row, ReadOnlySpan<char> text, SourceSegment segment)
    {
        if (text[0] == '\t')
        {
            AppendCells(source, row, text[1..], segment.Start + 1);
        }
        else
        {
            row.Cells[^1].Add(segment);
            row.OpenTags += HtmlBalance.Of(source, segment);
        }
    }

    private static void AppendCells(SourceText source, ExportBlock row, ReadOnlySpan<char> text, int offset)
    {
        var cellStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\t')
            {
                var cell = new SourceSegment(offset + cellStart, offset + i);
                row.Cells.Add([cell]);
                row.OpenTags += HtmlBalance.Of(source, cell);

                cellStart = i + 1;
            }
        }
    }

    private static bool StartsNewStructure(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
        return t.Contains('\t') || t.StartsWith("#") || IsListMarker(t) || IsArtefact(text) || t.StartsWith("**");
    }

    /// <summary>
    /// The previous text stops mid-sentence and this line carries on in lower case: the export broke
    /// a sentence across a page ("implement those decisions" ... "together.").
    /// </summary>
    private static bool IsPageBreakContinuation(SourceText source, SourceSegment previous, ReadOnlySpan<char> text)
    {
        if (StartsNewStructure(text) || !StartsLowercase(text))
        {
            return false;
        }

        var tail = TextWithoutTrailingTags(source.Text.AsSpan(previous.Start, previous.Length)).TrimEnd();
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

    private static bool StartsLowercase(ReadOnlySpan<char> text)
    {
        var t = TextWithoutLeadingTags(text.TrimStart());
        return t.Length > 0 && char.IsLower(t[0]);
    }

    private static ReadOnlySpan<char> TextWithoutLeadingTags(ReadOnlySpan<char> text)
    {
        while (text.Length > 0 && text[0] == '<')
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

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or ':' or ';' or '"' or '\'' or '\u2019' or '\u201D' or ')';

    private static bool IsLazyContinuation(ReadOnlySpan<char> text) => !StartsNewStructure(text);

    private static bool IsListMarker(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+' or '\u2022' && trimmed[1] == ' ' && !trimmed.StartsWith("**");

    /// <summary>Dashes, pipes, colons and tabs only, with a run of three dashes: a table rule.</summary>
    internal static bool IsArtefact(ReadOnlySpan<char> text)
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

        return dashes >= 3 && text.Trim().Length > 0 && text.IndexOf("---") >= 0;
    }
}
