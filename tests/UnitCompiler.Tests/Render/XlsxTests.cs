using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Render.Office;
using UnitCompiler.Render.Xlsx;

namespace UnitCompiler.Tests.Render;

public class XlsxTests
{
    private static readonly Unit Seed = SeedUnit.WithGuidance;

    private static RenderedDocument RenderWorkbook(Unit unit, string? overrides = null, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var documents = DocumentRenderer.Render(unit, ProjectTemplates.Load(overrides, bag), ["xlsx"], bag);
        Assert.Empty(bag.ToImmutable());
        return Assert.Single(documents);
    }

    private static List<string[]> SheetRows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text)]).ToArray())];
    }

    private static void AssertValid(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void SeedWorkbookPassesTheOpenXmlValidator() => AssertValid(RenderWorkbook(Seed).Content);

    [Fact]
    public void EveryCriterionIsARowOfTextWithItsPlainWording()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(RenderWorkbook(Seed).Content), false);
        var rows = SheetRows(document, "L-652-0848");
        Assert.Equal(["criterion", "outcome", "kind", "required_evidence", "suggested_evidence", "key_terms", "guidance", "text"], rows[0]);
        var expected = Seed.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, o.Id, Model.MarkdownInline.ToPlainText(c.Text.Value)))).ToList();
        Assert.Equal(expected, rows.Skip(1).Select(r => (r[0], r[1], r[7])).ToList());
        Assert.All(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>(), c => Assert.Equal(CellValues.SharedString, c.DataType!.Value));
    }

    [Fact]
    public void HeaderRowIsFrozenFilteredAndColumnsFitTheirContent()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(RenderWorkbook(Seed).Content), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal((1d, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        var rowCount = Seed.Criteria.Count() + 1;
        Assert.Equal($"A1:H{rowCount}", worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
        var filterName = document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal(("_xlnm._FilterDatabase", $"'L-652-0848'!$A$1:$H${rowCount}"), (filterName.Name!.Value, filterName.Text));

        var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(8, widths.Count);
        Assert.Equal("criterion".Length + 3, widths[0]); // the header is the column's longest text
        Assert.Equal(60, widths[7]); // criterion wording is capped and wraps
    }

    [Fact]
    public void RenderingIsDeterministic() =>
        Assert.Equal(RenderWorkbook(Seed).Content, RenderWorkbook(Seed).Content);

    [Fact]
    public void TextThatLooksLikeAFormulaStaysTextWithoutTheCsvGuard()
    {
        var outcome = Seed.Outcomes[0];
        var criterion = outcome.Criteria[0] with { Text = new UnitCompiler.Text.LocatedText("=HYPERLINK(\"http://x\")") };
        var unit = Seed with { Outcomes = Seed.Outcomes.SetItem(0, outcome with { Criteria = outcome.Criteria.SetItem(0, criterion) }) };
        using var document = SpreadsheetDocument.Open(new MemoryStream(RenderWorkbook(unit).Content), false);
        Assert.Equal("=HYPERLINK(\"http://x\")", SheetRows(document, "L-652-0848")[1][7]);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public void CatalogueWorkbookHasASummaryLinkingToOneSheetPerUnit()
    {
        var second = Seed with { Header = Seed.Header with { Ref = "Summary", Level = 0, EntryStage = 3 } }; // a reference that clashes with the summary sheet's name; Entry 3
        var entries = new[] { Seed, second }.Select(u => CatalogueWorkbook.Entry.Of(u, CsvReader.Read(RenderWorkbook(u).TemplateOutput))).ToList();
        var bytes = CatalogueWorkbook.Create(entries);
        AssertValid(bytes);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Summary", "L-652-0848", "Summary (2)"], names);
        var summary = SheetRows(document, "Summary");
        Assert.Equal(["L/652/0848", "Leading Person-centred Practice in Adult Care", "5", "5", "26", "7", "24", "3, 5, 7"], summary[1]);
        var summaryPart = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        Assert.Equal(["'L-652-0848'!A1", "'Summary (2)'!A1"], summaryPart.Worksheet.Descendants<Hyperlink>().Select(h => h.Location!.Value!).ToArray());
        Assert.Equal("Entry 3", summary[2][2]); // the level as people write it, not 0
        Assert.Equal(Seed.Criteria.Count() + 1, SheetRows(document, "Summary (2)").Count);
    }

    [Theory]
    [InlineData("a,b\n1,2\n", new[] { "a|b", "1|2" })]
    [InlineData("\"x, y\",\"say \"\"hi\"\"\"\r\n", new[] { "x, y|say \"hi\"" })]
    [InlineData("\"two\nlines\",z\n\n", new[] { "two\nlines|z" })]
    [InlineData("a,,\n", new[] { "a||" })]
    public void CsvReaderReadsRfc4180(string text, string[] rows) =>
        Assert.Equal(rows, CsvReader.Read(text).Select(r => string.Join('|', r)).ToArray());

    [Theory]
    [InlineData("a,b\n\"open,c\n", 1, 0, "never closed")]
    [InlineData("a,\"b\"c\n", 0, 5, "follows a closing quote")]
    public void CsvReaderNamesWhereTheOutputBreaks(string text, int line, int column, string message)
    {
        var e = Assert.Throws<TemplateOutputException>(() => CsvReader.Read(text));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Message);
    }

    /// <summary>Renders the seed's workbook through <paramref name="template"/>, where the template is expected to fail: the one diagnostic, and the template's path.</summary>
    private static (Diagnostic Diagnostic, string TemplatePath) FailingWorkbook(string template)
    {
        var dir = TemplateFolder.With(("mapping-grid.xlsx.sbn", template));
        var path = Path.Combine(dir, "mapping-grid.xlsx.sbn");
        var bag = new DiagnosticBag();
        var documents = DocumentRenderer.Render(Seed, ProjectTemplates.Load(dir, bag), ["xlsx"], bag);
        Assert.Empty(documents);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("UNITC0306", d.Id);
        return (d, path);
    }

    [Fact]
    public void MalformedOfficeOutputNamesTemplateAndOutputLine()
    {
        var (d, path) = FailingWorkbook("criterion,text\n\"{{ outcomes[0].id }},open\n");
        Assert.Equal(path, d.Location.Path);
        Assert.Equal("rendering L/652/0848: the xlsx template printed something the format cannot hold, at line 2, column 1 of its output: a quoted field is never closed", d.Message);
    }

    [Fact]
    public void ACharacterXmlCannotCarryIsAnErrorNotACrash()
    {
        var (d, _) = FailingWorkbook("criterion,text\n1.1,\"bell {{ \"\\x07\" }} here\"\n");
        Assert.True(d.Message.EndsWith("at line 2, column 11 of its output: U+0007 is a character an Office document cannot hold", StringComparison.Ordinal), d.Message);
    }

    [Fact]
    public void XmlCharactersFindsWhatXmlCannotCarry()
    {
        // Built from char codes: a lone surrogate does not survive xunit's theory data.
        var (high, low) = ((char)0xD83D, (char)0xDE00);
        Assert.Equal(-1, XmlCharacters.FirstInvalid("tabs\tand\nnew lines\r"));
        Assert.Equal(-1, XmlCharacters.FirstInvalid($"an emoji {high}{low} is a pair"));
        Assert.Equal(7, XmlCharacters.FirstInvalid($"a lone {high} surrogate"));
        Assert.Equal(0, XmlCharacters.FirstInvalid($"{low}{high} reversed"));
        Assert.Equal(4, XmlCharacters.FirstInvalid("bell\u0007"));
        Assert.Equal(1, XmlCharacters.FirstInvalid("x\uFFFE"));
    }
}
