using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// A block while its lines are still being read. For a row it splits cells at tabs outside any
/// block-level tag, and counts the block-level tags left open, which is how a cell wrapped onto the
/// next line shows itself.
/// </summary>
internal sealed class BlockBuilder(SourceText source, ExportBlockKind kind, int start, int headingLevel = 0)
{
    private readonly List<List<SourceSegment>> _cells = [[]];

    // HTML table rows mark their cells with <td>: every <td> after the row's first starts the next cell, as a tab does.
    private bool _tableCellSeen;

    public ExportBlockKind Kind { get; } = kind;

    /// <summary>Block-level tags opened and not yet closed.</summary>
    public int OpenTags { get; private set; }

    /// <summary>True inside an HTML table row (&lt;tr&gt; opened, not yet closed): its cells are its own, whatever their words look like.</summary>
    public bool InTableRow { get; private set; }

    /// <summary>
    /// True once the row's "&lt;/table&gt;" has closed the HTML table it is the last row of (no block tag left open,
    /// no table opened since): nothing after it belongs to the row.
    /// </summary>
    public bool ClosedTable { get; private set; }

    /// <summary>The last non-blank run added, for the page-break test.</summary>
    public SourceSegment LastSegment { get; private set; }

    /// <summary>True when the last cell has no text yet (a row that ended in a tab).</summary>
    public bool LastCellIsBlank => _cells[^1].All(s => source.Text.AsSpan(s.Start, s.Length).IsWhiteSpace());

    /// <summary>True while the block holds tags and no words ("&lt;p class="MsoNormal"&gt;" before a wrap): the next line holds its first words.</summary>
    public bool IsOnlyTags => _cells.Count == 1 && _cells[0].All(s => ExportLine.LeadingWords(source.Text.AsSpan(s.Start, s.Length)).AsSpan().IsWhiteSpace());

    /// <summary>
    /// True when the last run ends in an opening block tag ("&lt;li&gt;&lt;p&gt;" before a wrap): the next line
    /// holds that block's first words, whatever they look like.
    /// </summary>
    public bool EndsInOpeningTag
    {
        get
        {
            var text = source.Text.AsSpan(LastSegment.Start, LastSegment.Length).TrimEnd();
            var open = text.LastIndexOf('<');
            return text.Length > 0 && text[^1] == '>' && open >= 0 && BlockTags.Change(text[(open + 1)..^1]) == 1;
        }
    }

    /// <summary>Adds a run of text to the last cell as it is (no cell splitting).</summary>
    public void Add(int from, int to)
    {
        if (to > from)
        {
            _cells[^1].Add(new SourceSegment(from, to));
            LastSegment = new SourceSegment(from, to);
        }
    }

    /// <summary>True for a row of a Markdown pipe table: a row of one line, never continued.</summary>
    public bool IsPipeRow { get; private set; }

    /// <summary>Adds a pipe table's row ("| **Level** | 3 |"): each run between two pipes is a cell.</summary>
    public void AddPipeRowText(int from, int to)
    {
        IsPipeRow = true;
        var text = source.Text;
        var first = text.IndexOf('|', from, to - from);
        var last = text.LastIndexOf('|', to - 1, to - from);
        var cellStart = first + 1;
        for (var i = cellStart; i <= last; i++)
        {
            if (text[i] == '|' && text[i - 1] != '\\')
            {
                if (cellStart > first + 1)
                {
                    _cells.Add([]);
                }

                Add(cellStart, i);
                cellStart = i + 1;
            }
        }
    }

    /// <summary>Adds a line of a row: a tab outside block markup starts the next cell.</summary>
    public void AddRowText(int from, int to)
    {
        var text = source.Text;
        var cellStart = from;
        var nextClose = -2; // the next '>' at or after i; -1 when the line has none left
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\t' && OpenTags == 0)
            {
                Add(cellStart, i);
                _cells.Add([]);
                cellStart = i + 1;
            }
            else if (c == '<' && nextClose != -1)
            {
                if (nextClose < i)
                {
                    var found = text.IndexOf('>', i, to - i);
                    nextClose = found;
                    if (found < 0)
                    {
                        continue;
                    }
                }

                var inside = text.AsSpan(i + 1, nextClose - i - 1);
                if (ExportLine.IsTableCellTag(inside))
                {
                    if (_tableCellSeen)
                    {
                        Add(cellStart, i);
                        _cells.Add([]);
                        cellStart = i;
                    }

                    _tableCellSeen = true;
                }

                OpenTags = Math.Max(0, OpenTags + BlockTags.Change(inside));
                ClosedTable = BlockTags.TableChange(inside) switch { -1 => OpenTags == 0, 1 => false, _ => ClosedTable };
                InTableRow = ExportLine.TableRowTagChange(inside) switch { 1 => true, -1 => false, _ => InTableRow };
            }
        }

        Add(cellStart, to);
    }

    public ExportBlock ToBlock(bool endsFile) => new(
        Kind,
        start,
        [.. _cells.Select(c => new ExportCell([.. c]))],
        headingLevel,
        OpenTags,
        endsFile);
}
