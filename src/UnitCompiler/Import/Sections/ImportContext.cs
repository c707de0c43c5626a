using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>What every section reader shares: the source, and where diagnostics go.</summary>
internal sealed class ImportContext(SourceText source, DiagnosticBag diagnostics)
{
    public SourceText Source { get; } = source;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation FileLocation => SourceLocation.File(Source.Path);

    public SourceLocation At(int offset) => Source.Location(offset);

    public SourceLocation At(CellBlock block) => block.Text.Origin.Locate(0) ?? At(block.SourceOffset);

    /// <summary>Reads a block's cells into text: rows as HTML (literal Markdown characters escaped), the rest as Markdown with inline HTML.</summary>
    public BlockText Read(ExportBlock block) => new(
        block,
        block.Kind == ExportBlockKind.Row
            ? [.. block.Cells.Select(c => HtmlCellReader.Read(Source, c.Segments, Diagnostics))]
            : [HtmlCellReader.Read(Source, block.Body.Segments, Diagnostics, textIsMarkdown: true)]);

    public static LocatedText Slice(LocatedText text, int start, int length) =>
        new(text.Value.Substring(start, length).Trim(), text.Origin.Slice(start, length));
}
