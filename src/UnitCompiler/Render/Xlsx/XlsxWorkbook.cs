using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UnitCompiler.Render.Office;

namespace UnitCompiler.Render.Xlsx;

/// <summary>
/// Writes sheets of text into an .xlsx workbook the way a careful person would set one up by hand:
/// the header row bold, shaded, frozen and filtered; columns as wide as their content (long text
/// wraps); every cell text, so a criterion id such as 1.10 is never turned into the number 1.1.
/// </summary>
internal static class XlsxWorkbook
{
    private const int MinWidth = 6;
    private const int MaxWidth = 60;

    // Cell formats of the stylesheet below, by index.
    private const uint HeaderFormat = 1;
    private const uint TextFormat = 2;
    private const uint LinkFormat = 3;

    public static byte[] Create(IReadOnlyList<XlsxSheet> sheets)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are named here: the SDK would otherwise make random ones, and the
            // same workbook must come out as the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var filters = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{i + 1}");
                part.Worksheet = Worksheet(sheet, strings, selected: i == 0);
                sheetList.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                if (FilterRange(sheet) is { } range)
                {
                    // Excel records a filter's range under this hidden name; without it a filter still
                    // shows but sorting and "Reapply" lose track of the range.
                    filters.Append(new DefinedName($"{SheetNames.Reference(sheet.Name)}!{Absolute(range)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
                }
            }

            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Table;
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList);
            if (filters.HasChildren)
            {
                workbookPart.Workbook.Append(filters);
            }
        }

        return DeterministicZip.Repack(package.ToArray());
    }

    private static Worksheet Worksheet(XlsxSheet sheet, SharedStrings strings, bool selected)
    {
        var links = sheet.Links.ToDictionary(l => (l.Row, l.Column), l => l.Sheet);
        var data = new SheetData();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var format = r == 0 ? HeaderFormat : links.ContainsKey((r, c)) ? LinkFormat : TextFormat;
                row.Append(new Cell
                {
                    CellReference = CellName(r, c),
                    DataType = CellValues.SharedString,
                    StyleIndex = format,
                    CellValue = new CellValue(strings.IndexOf(sheet.Rows[r][c])),
                });
            }

            data.Append(row);
        }

        var worksheet = new Worksheet();
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected };
        if (sheet.Rows.Count > 1)
        {
            view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) });
        }

        worksheet.Append(new SheetViews(view));
        if (Columns(sheet) is { } columns)
        {
            worksheet.Append(columns);
        }

        worksheet.Append(data);
        if (FilterRange(sheet) is { } range)
        {
            worksheet.Append(new AutoFilter { Reference = range });
        }

        if (links.Count > 0)
        {
            worksheet.Append(new Hyperlinks(sheet.Links.Select(l => new Hyperlink
            {
                Reference = CellName(l.Row, l.Column),
                Location = $"{SheetNames.Reference(l.Sheet)}!A1",
                Display = sheet.Rows[l.Row][l.Column],
            })));
        }

        return worksheet;
    }

    private static Columns? Columns(XlsxSheet sheet)
    {
        var count = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length);
        if (count == 0)
        {
            return null;
        }

        var columns = new Columns();
        for (var c = 0; c < count; c++)
        {
            // The longest line in the column, in characters: Excel's width unit is one character of
            // the default font, plus a little for the filter button on the header.
            var longest = sheet.Rows.Where(r => c < r.Length).Max(r => r[c].Split('\n').Max(l => l.Length));
            var width = Math.Clamp(longest + 3, MinWidth, MaxWidth);
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static string? FilterRange(XlsxSheet sheet) =>
        sheet.Rows.Count > 1 && sheet.Rows[0].Length > 0
            ? $"A1:{CellName(sheet.Rows.Count - 1, sheet.Rows[0].Length - 1)}"
            : null;

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + new string([.. cell.TakeWhile(char.IsLetter)]) + "$" + new string([.. cell.SkipWhile(char.IsLetter)])));

    /// <summary>A1-style name of a 0-based cell.</summary>
    internal static string CellName(int row, int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Underline(), new FontSize { Val = 11 }, new Color { Rgb = "FF0563C1" }, new FontName { Val = "Calibri" }))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EEF5" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF2B4A6F" }) { Style = BorderStyleValues.Medium }, new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The workbook's shared string table: each distinct text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public SharedStringTable Table { get; } = new();

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _index.Count;
                _index[text] = index;
                // Leading or trailing spaces would be dropped by XML readers without xml:space.
                Table.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return index;
        }
    }
}
