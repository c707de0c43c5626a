namespace UnitCompiler.Import;

internal enum ExportBlockKind
{
    /// <summary><c># text</c>: level and text in <see cref="ExportBlock.Cells"/>[0].</summary>
    Heading,
    /// <summary>A tab-separated table row; each cell may span several lines (wraps, page breaks).</summary>
    Row,
    /// <summary>Consecutive lines of prose.</summary>
    Paragraph,
    /// <summary><c>- text</c>, <c>* text</c> or <c>• text</c>; the marker is not in the cell.</summary>
    ListItem,
    /// <summary>A line of dashes and tabs left behind by a table rule or a truncated export.</summary>
    Artefact,
}

/// <summary>
/// One structural block of an export with the source segments it spans. Blocks are what the
/// recognisers of <see cref="UnitParser"/> look at; they never copy text, only point into it.
/// </summary>
internal sealed class ExportBlock(ExportBlockKind kind, int start)
{
    public ExportBlockKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int HeadingLevel { get; init; }

    /// <summary>For rows, one list per cell; for every other kind, a single cell.</summary>
    public List<List<SourceSegment>> Cells { get; } = [];

    /// <summary>Block-level HTML tags opened and not yet closed, kept as segments are added.</summary>
    public int OpenTags { get; set; }

    /// <summary>A row whose HTML still had open tags at the end of the file.</summary>
    public bool IsUnterminated { get; set; }
}
