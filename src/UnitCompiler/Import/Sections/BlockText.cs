using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>
/// A block with its cells read into text once: rows as HTML, everything else as Markdown with inline
/// HTML. Section readers look at this, so no block is read twice (and no diagnostic of reading is
/// reported twice).
/// </summary>
internal sealed class BlockText(ExportBlock block, IReadOnlyList<IReadOnlyList<CellBlock>> cells)
{
    private string? _plain;

    public ExportBlock Block { get; } = block;

    public ExportBlockKind Kind => Block.Kind;

    public int Start => Block.Start;

    /// <summary>One list of text blocks per cell.</summary>
    public IReadOnlyList<IReadOnlyList<CellBlock>> Cells { get; } = cells;

    /// <summary>Every text block of every cell, rules left out.</summary>
    public IEnumerable<CellBlock> Content => Cells.SelectMany(c => c).Where(b => b.Kind != CellBlockKind.Rule);

    /// <summary>The block's words as a reader sees them, for matching headings and labels.</summary>
    public string PlainText => _plain ??= MarkdownInline.ToPlainText(string.Join(' ', Content.Select(b => b.Text.Value)));

    /// <summary>The plain words of one cell.</summary>
    public string CellText(int cell) => MarkdownInline.ToPlainText(CellMarkdown(cell));

    /// <summary>One cell's text as Markdown inline, bold kept: how a label cell is set tells a label from prose.</summary>
    public string CellMarkdown(int cell) => string.Join(' ', Cells[cell].Where(b => b.Kind != CellBlockKind.Rule).Select(b => b.Text.Value));
}
