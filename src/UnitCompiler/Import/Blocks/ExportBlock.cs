using System.Collections.Immutable;

namespace UnitCompiler.Import;

internal enum ExportBlockKind
{
    /// <summary><c># text</c>: the level in <see cref="ExportBlock.HeadingLevel"/>, the text in the one cell.</summary>
    Heading,
    /// <summary>HTML: a table row of tab-separated cells, or a single block of HTML; cells may wrap over any number of lines.</summary>
    Row,
    /// <summary>Markdown prose, a bold label or marker; tabs in it are white space.</summary>
    Paragraph,
    /// <summary><c>- text</c>, <c>* text</c> or <c>• text</c>; the marker is not in the cell.</summary>
    ListItem,
    /// <summary>A line of dashes and tabs left behind by a table rule or a truncated export.</summary>
    Artefact,
}

/// <summary>One cell: the runs of source it spans, read as one text with a space where lines break.</summary>
internal readonly record struct ExportCell(ImmutableArray<SourceSegment> Segments);

/// <summary>
/// One structural block of an export with the source it spans. Blocks are what the section readers of
/// <see cref="UnitParser"/> look at; they never copy text, only point into it.
/// </summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Start">The source offset of its first character, for diagnostics.</param>
/// <param name="Cells">For rows, one per cell; for every other kind, exactly one.</param>
/// <param name="HeadingLevel">For headings, the number of <c>#</c>.</param>
/// <param name="OpenTags">For rows, the block-level tags still open where the row ended.</param>
/// <param name="EndsFile">True when nothing but blank lines follows the block.</param>
internal sealed record ExportBlock(ExportBlockKind Kind, int Start, ImmutableArray<ExportCell> Cells, int HeadingLevel = 0, int OpenTags = 0, bool EndsFile = false)
{
    public ExportCell Body => Cells[0];

    /// <summary>A row whose HTML was still open when the file ended: the export was cut off.</summary>
    public bool IsTruncated => Kind == ExportBlockKind.Row && OpenTags > 0 && EndsFile;
}
