using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>
/// Reads a synopsis into logical lines. Plain lines keep their words (white space folded) with any
/// list marker taken off; a line holding HTML tags or entities is read by the export's own cell
/// reader, so they read as they do in a unit, and each of its paragraphs and list items is a line.
/// </summary>
internal static partial class SynopsisLineReader
{
    public static List<SynopsisLine> Read(SourceText source, DiagnosticBag diagnostics)
    {
        var lines = new List<SynopsisLine>(source.LineCount);
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.LineText(line);
            var start = source.LineStart(line);
            var trimmed = text.Trim();
            var lead = text.Length - text.TrimStart().Length;
            if (trimmed.IsEmpty)
            {
                lines.Add(new SynopsisLine(SynopsisLineKind.Blank, LocatedText.Empty, line, start));
            }
            else if (ExportLine.IsArtefact(text))
            {
                lines.Add(new SynopsisLine(SynopsisLineKind.Artefact, LocatedText.Empty, line, start));
            }
            else if (HtmlTag().IsMatch(text) || Entity().IsMatch(text))
            {
                ReadHtml(source, line, new SourceSegment(start + lead, start + lead + trimmed.Length), trimmed, lines, diagnostics);
            }
            else
            {
                var marker = ListBullets.MarkerLength(trimmed);
                var content = new SourceSegment(start + lead + marker, start + lead + trimmed.Length);
                lines.Add(new SynopsisLine(marker > 0 ? SynopsisLineKind.Item : SynopsisLineKind.Text, Folded(source, content), line, start + lead, Numbered: marker > 0 && IsNumber(trimmed)));
            }
        }

        return lines;
    }

    private static void ReadHtml(SourceText source, int line, SourceSegment segment, ReadOnlySpan<char> trimmed, List<SynopsisLine> lines, DiagnosticBag diagnostics)
    {
        // Markdown stays Markdown: synopses mix "**bold**" with tags and entities.
        var blocks = HtmlCellReader.Read(source, [segment], diagnostics, textIsMarkdown: true);
        if (blocks.Count == 0)
        {
            lines.Add(new SynopsisLine(SynopsisLineKind.Blank, LocatedText.Empty, line, segment.Start));
            return;
        }

        // Text before the line's first tag carries on what the line above started (a wrapped <li>).
        var opensWithTag = ExportLine.StartsWithTag(trimmed);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind == CellBlockKind.Rule)
            {
                lines.Add(new SynopsisLine(SynopsisLineKind.Blank, LocatedText.Empty, line, block.SourceOffset));
                continue;
            }

            var marker = block.Kind == CellBlockKind.ListItem ? 0 : ListBullets.MarkerLength(block.Text.Value);
            var text = marker == 0 ? block.Text : new LocatedText(block.Text.Value[marker..], block.Text.Origin.Slice(marker, block.Text.Value.Length - marker));
            var kind = block.Kind == CellBlockKind.ListItem || marker > 0 ? SynopsisLineKind.Item : SynopsisLineKind.Text;
            lines.Add(new SynopsisLine(kind, text, line, block.SourceOffset, OpensBlock: i > 0 || opensWithTag, Numbered: marker > 0 && IsNumber(block.Text.Value)));
        }
    }

    private static bool IsNumber(ReadOnlySpan<char> text) => text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '(' && text.Length > 1 && char.IsAsciiDigit(text[1]));

    /// <summary>A run of source with white space folded and no-break hyphens made hyphens, still pointing at its source.</summary>
    private static LocatedText Folded(SourceText source, SourceSegment segment)
    {
        var builder = new MappedTextBuilder();
        for (var i = segment.Start; i < segment.End; i++)
        {
            var c = source.Text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && !builder.EndsWith(' '))
                {
                    builder.Append(' ', i);
                }
            }
            else
            {
                builder.Append(c == '\u2011' ? '-' : c, i);
            }
        }

        builder.TrimEnd();
        return builder.ToLocatedText(source);
    }

    /// <summary>A tag an export writes around synopsis text; a lone "&lt;" of prose ("&lt;5 people") is not one.</summary>
    [GeneratedRegex(@"</?(p|li|ul|ol|h[1-6]|br|strong|b|em|i|u|div|span)(\s[^<>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.NonBacktracking)]
    private static partial Regex Entity();
}
