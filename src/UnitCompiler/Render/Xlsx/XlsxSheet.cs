namespace UnitCompiler.Render.Xlsx;

/// <summary>
/// One worksheet: its rows of text (the first is the header row, which is frozen and filtered),
/// and cells that link to another sheet of the workbook.
/// </summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string[]> Rows, IReadOnlyList<SheetLink> Links)
{
    public XlsxSheet(string name, IReadOnlyList<string[]> rows)
        : this(name, rows, [])
    {
    }
}

/// <summary>The cell at 0-based <paramref name="Row"/> and <paramref name="Column"/> opens sheet <paramref name="Sheet"/>.</summary>
internal sealed record SheetLink(int Row, int Column, string Sheet);
