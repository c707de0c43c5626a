using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Standards;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Render.Xlsx;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Render;

/// <summary>The build's mapping grid with a standards mapping in the spec: the KSB view and the gap list, from the spec alone.</summary>
public class KsbViewTests
{
    private static ApprenticeshipStandard Standard()
    {
        var path = TestPaths.TestFile("standards", "leader-adult-care-l5.json");
        return ApprenticeshipStandard.Read(new SourceText(path, File.ReadAllText(path)), new DiagnosticBag())!;
    }

    /// <summary>The seed mapped to the test standard, with 1.1 edited by a writer to B1 and confirmed.</summary>
    internal static Unit Mapped()
    {
        var mapped = KsbMapper.Map(SeedUnit.WithGuidance, Standard());
        var mapping = mapped.Standards.Single();
        return mapped with { Standards = [mapping with { Criteria = mapping.Criteria.SetItem(0, new KsbMapping("1.1", [new KsbAlignment("B1", 1)], true)) }] };
    }

    internal static Dictionary<string, RenderedDocument> Render(Unit unit)
    {
        var bag = new DiagnosticBag();
        var documents = DocumentRenderer.Render(unit, ProjectTemplates.Load(null, bag), ["html", "csv", "xlsx"], bag);
        Assert.Empty(bag.ToImmutable());
        return documents.Where(d => d.RelativePath.Contains("mapping-grid", StringComparison.Ordinal)).ToDictionary(d => d.Format);
    }

    [Fact]
    public void TheGridGainsTheKsbViewAndTheGap()
    {
        var unit = Mapped();
        var grid = Render(unit);
        Golden.AssertMatches("Expected/documents-ksb/L-652-0848/mapping-grid.html", Encoding.UTF8.GetString(grid["html"].Content));
        Golden.AssertMatches("Expected/documents-ksb/L-652-0848/mapping-grid.csv", Encoding.UTF8.GetString(grid["csv"].Content));

        // The gap the build lists from the spec is the gap map computes from the standard's file.
        var mapping = unit.Standards.Single();
        var gap = KsbMapper.Uncovered(mapping, Standard()).Select(k => k.Code).ToList();
        Assert.Equal(gap, KsbMapper.Uncovered(mapping).Select(k => k.Code));
        Assert.NotEmpty(gap);
        var html = Encoding.UTF8.GetString(grid["html"].Content);
        Assert.All(gap, code => Assert.Contains($"<li><strong>{code}</strong>", html, StringComparison.Ordinal));

        var csv = CsvReader.Read(Encoding.UTF8.GetString(grid["csv"].Content).TrimStart('\uFEFF'));
        var header = csv[0];
        Assert.Equal(8 + 26, header.Length);
        Assert.Equal("UNITC-ST01 K1", header[8]);
        var row11 = csv.First(r => r[0] == "1.1");
        Assert.Equal(KsbView.Confirmed, row11[Array.IndexOf(header, "UNITC-ST01 B1")]);
        Assert.Equal(1, row11.Skip(8).Count(c => c.Length > 0));
        var unconfirmed = mapping.Criteria.First(c => !c.Confirmed && !c.Ksbs.IsEmpty);
        var best = unconfirmed.Ksbs[0];
        Assert.Equal(best.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), csv.First(r => r[0] == unconfirmed.CriterionId)[Array.IndexOf(header, "UNITC-ST01 " + best.Code)]);
        Assert.Equal(gap, csv.SkipWhile(r => !r[0].StartsWith("Not covered", StringComparison.Ordinal)).Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void TheWorkbookHasTheKsbColumnsAndAGapSheet()
    {
        var unit = Mapped();
        var xlsx = Render(unit)["xlsx"].Content;
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["L-652-0848", "Not covered UNITC-ST01"], sheets);
        var gapSheet = Rows(document, "Not covered UNITC-ST01");
        Assert.Equal(["code", "text"], gapSheet[0]);
        Assert.Equal(KsbMapper.Uncovered(unit.Standards.Single()).Select(k => (k.Code, k.Text)), gapSheet.Skip(1).Select(r => (r[0], r[1])));
        Assert.Equal("UNITC-ST01 B6", Rows(document, "L-652-0848")[0][^1]);
    }

    [Fact]
    public void AMappingStoredWithoutTheKsbListShowsItsCodesAndSaysTheGapIsUnknown()
    {
        var unit = Mapped();
        var old = unit with { Standards = [unit.Standards.Single() with { Ksbs = [], Title = null }] };
        var grid = Render(old);
        var html = Encoding.UTF8.GetString(grid["html"].Content);
        Assert.Contains("The spec does not list the standard's KSBs", html, StringComparison.Ordinal);
        var header = CsvReader.Read(Encoding.UTF8.GetString(grid["csv"].Content).TrimStart('\uFEFF'))[0];
        var codes = header.Skip(8).Select(h => h["UNITC-ST01 ".Length..]).ToList();
        Assert.Equal(old.Standards.Single().Criteria.SelectMany(c => c.Ksbs).Select(k => k.Code).Distinct().Order().Count(), codes.Count);
        Assert.Equal("K", codes[0][..1]); // knowledge first, then skills, then behaviours
        Assert.Equal("B1", codes[^1]);
    }

    [Fact]
    public void TheKsbListIsStoredInTheSpecAndAnOlderFormat2SpecLoadsWithoutIt()
    {
        var unit = Mapped();
        var yaml = SpecWriter.Write(unit);
        Assert.Contains("    ksbs:\n      - code: K1\n        text: ", yaml, StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("s.yaml", yaml));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.Equal(26, read.Unit!.Standards.Single().Ksbs.Length);
        Assert.Equal(yaml, SpecWriter.Write(read.Unit));

        // A format 2 spec written before the list was stored: no title, no ksbs.
        var start = yaml.IndexOf("    title: ", StringComparison.Ordinal);
        var end = yaml.IndexOf("    criteria:", start, StringComparison.Ordinal);
        var older = SpecReader.Read(new SourceText("s.yaml", yaml[..start] + yaml[end..]));
        Assert.False(older.HasErrors, string.Join("\n", older.Diagnostics));
        Assert.Empty(older.Unit!.Standards.Single().Ksbs);
    }

    [Fact]
    public void ABuildOfAMappedSpecWritesTheCatalogueWorkbookWithTheUnitsSheetOnly()
    {
        var dir = TestFolders.Create("ksb-view");
        var spec = Directory.CreateDirectory(Path.Combine(dir, "spec")).FullName;
        File.WriteAllText(Path.Combine(spec, "L-652-0848.yaml"), SpecWriter.Write(Mapped()));
        var result = BuildRunner.Run(new BuildOptions([spec], Path.Combine(dir, "out"), null, ["csv", "xlsx"], false, 1));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        using var catalogue = SpreadsheetDocument.Open(Path.Combine(dir, "out", "mapping-grid.xlsx"), false);
        var unitSheet = Rows(catalogue, "L-652-0848");
        Assert.Equal("UNITC-ST01 K1", unitSheet[0][8]);
        Assert.DoesNotContain(catalogue.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>(), s => s.Name!.Value!.StartsWith("Not covered", StringComparison.Ordinal));
        using var grid = SpreadsheetDocument.Open(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.xlsx"), false);
        Assert.NotEmpty(Rows(grid, "Not covered UNITC-ST01"));
    }

    private static List<string[]> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToArray())];
    }
}
