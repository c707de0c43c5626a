using System.Globalization;
using System.Xml;
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
    private const int HeaderFormat = 1;
    private const int TextFormat = 2;
    private const int LinkFormat = 3;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string ContentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private const string WorkbookPath = "/xl/workbook.xml";

    /// <exception cref="TemplateOutputException">A cell holds a character an XML file cannot carry.</exception>
    public static byte[] Create(IReadOnlyList<XlsxSheet> sheets)
    {
        CheckCharacters(sheets);

        // Relationship ids are named, never generated: the same workbook must come out as the same bytes.
        var package = new OpcPackage();
        var strings = new SharedStrings();
        package.AddPart(null, "rIdWorkbook", OpcPackage.RelationshipType + "officeDocument", WorkbookPath, ContentTypes + "sheet.main+xml", OpcPackage.Write(w => Workbook(w, sheets)));
        package.AddPart(WorkbookPath, "rIdStyles", OpcPackage.RelationshipType + "styles", "/xl/styles.xml", ContentTypes + "styles+xml", OpcPackage.Xml(Styles));
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            var selected = i == 0;
            package.AddPart(WorkbookPath, $"rIdSheet{i + 1}", OpcPackage.RelationshipType + "worksheet", $"/xl/worksheets/sheet{i + 1}.xml", ContentTypes + "worksheet+xml", OpcPackage.Write(w => Worksheet(w, sheet, strings, selected)));
        }

        // After the sheets, which number the strings as they meet them.
        package.AddPart(WorkbookPath, "rIdStrings", OpcPackage.RelationshipType + "sharedStrings", "/xl/sharedStrings.xml", ContentTypes + "sharedStrings+xml", OpcPackage.Write(strings.Write));
        return package.ToArray();
    }

    private static void CheckCharacters(IReadOnlyList<XlsxSheet> sheets)
    {
        // The rows of a rendered document were checked with the template's text, where a position
        // means something; this holds for any other caller.
        foreach (var text in sheets.SelectMany(s => s.Rows.SelectMany(r => r).Prepend(s.Name)))
        {
            XmlCharacters.Check(text);
        }
    }

    private static void Workbook(XmlWriter w, IReadOnlyList<XlsxSheet> sheets)
    {
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, OpcPackage.RelationshipsNamespace);
        w.WriteStartElement("bookViews", Main);
        Empty(w, "workbookView", ("activeTab", "0"));
        w.WriteEndElement();
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", sheets[i].Name);
            w.WriteAttributeString("sheetId", Number(i + 1));
            w.WriteAttributeString("id", OpcPackage.RelationshipsNamespace, $"rIdSheet{i + 1}");
            w.WriteEndElement();
        }

        w.WriteEndElement();
        var filtered = sheets.Select((sheet, i) => (Range: FilterRange(sheet), Sheet: sheet, Index: i)).Where(f => f.Range is not null).ToList();
        if (filtered.Count > 0)
        {
            // Excel records a filter's range under this hidden name; without it a filter still
            // shows but sorting and "Reapply" lose track of the range.
            w.WriteStartElement("definedNames", Main);
            foreach (var (range, sheet, index) in filtered)
            {
                w.WriteStartElement("definedName", Main);
                w.WriteAttributeString("name", "_xlnm._FilterDatabase");
                w.WriteAttributeString("localSheetId", Number(index));
                w.WriteAttributeString("hidden", "1");
                w.WriteString($"{SheetNames.Reference(sheet.Name)}!{Absolute(range!)}");
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Worksheet(XmlWriter w, XlsxSheet sheet, SharedStrings strings, bool selected)
    {
        var links = sheet.Links.ToDictionary(l => (l.Row, l.Column), l => l.Sheet);
        w.WriteStartElement("worksheet", Main);
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        if (selected)
        {
            w.WriteAttributeString("tabSelected", "1");
        }

        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.Rows.Count > 1)
        {
            Empty(w, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
            Empty(w, "selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        }

        w.WriteEndElement();
        w.WriteEndElement();
        Columns(w, sheet);
        w.WriteStartElement("sheetData", Main);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", Number(r + 1));
            for (var c = 0; c < sheet.Rows[r].Length; c++)
            {
                var format = r == 0 ? HeaderFormat : links.ContainsKey((r, c)) ? LinkFormat : TextFormat;
                w.WriteStartElement("c", Main);
                w.WriteAttributeString("r", CellName(r, c));
                w.WriteAttributeString("s", Number(format));
                w.WriteAttributeString("t", "s"); // a shared string: text, never a number or a date
                w.WriteElementString("v", Main, Number(strings.IndexOf(sheet.Rows[r][c])));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        if (FilterRange(sheet) is { } range)
        {
            Empty(w, "autoFilter", ("ref", range));
        }

        if (sheet.Links.Count > 0)
        {
            w.WriteStartElement("hyperlinks", Main);
            foreach (var link in sheet.Links)
            {
                Empty(w, "hyperlink", ("ref", CellName(link.Row, link.Column)), ("location", $"{SheetNames.Reference(link.Sheet)}!A1"), ("display", sheet.Rows[link.Row][link.Column]));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Columns(XmlWriter w, XlsxSheet sheet)
    {
        var count = sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length);
        if (count == 0)
        {
            return;
        }

        w.WriteStartElement("cols", Main);
        for (var c = 0; c < count; c++)
        {
            // The longest line in the column, in characters: Excel's width unit is one character of
            // the default font, plus a little for the filter button on the header.
            var longest = sheet.Rows.Where(r => c < r.Length).Max(r => r[c].Split('\n').Max(l => l.Length));
            var width = Math.Clamp(longest + 3, MinWidth, MaxWidth);
            Empty(w, "col", ("min", Number(c + 1)), ("max", Number(c + 1)), ("width", Number(width)), ("customWidth", "1"));
        }

        w.WriteEndElement();
    }

    private static void Empty(XmlWriter w, string name, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name, Main);
        foreach (var (attribute, value) in attributes)
        {
            w.WriteAttributeString(attribute, value);
        }

        w.WriteEndElement();
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

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

        return letters + Number(row + 1);
    }

    // Fonts, fills and borders of the cell formats above: plain, the bold shaded header with a rule
    // under it, and a link's underlined blue.
    private const string Styles = """
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF5"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="medium"><color rgb="FF2B4A6F"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf fontId="0" fillId="0" borderId="0" xfId="0"/><xf fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
""";

    /// <summary>The workbook's shared string table: each distinct text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _texts = [];
        private int _references;

        public int IndexOf(string text)
        {
            _references++;
            if (!_index.TryGetValue(text, out var index))
            {
                index = _texts.Count;
                _index[text] = index;
                _texts.Add(text);
            }

            return index;
        }

        public void Write(XmlWriter w)
        {
            w.WriteStartElement("sst", Main);
            w.WriteAttributeString("count", Number(_references));
            w.WriteAttributeString("uniqueCount", Number(_texts.Count));
            foreach (var text in _texts)
            {
                w.WriteStartElement("si", Main);
                w.WriteStartElement("t", Main);
                // Leading or trailing spaces would be dropped by XML readers without xml:space.
                w.WriteAttributeString("xml", "space", null, "preserve");
                w.WriteString(text);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }
    }
}
