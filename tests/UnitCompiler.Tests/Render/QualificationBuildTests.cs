using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using UnitCompiler.Project;
using UnitCompiler.Tests.Qualifications;

namespace UnitCompiler.Tests.Render;

/// <summary>
/// The committed example qualification built from a copy of spec/: its specification and structure
/// beside the unit documents, with the unit documents' guarantees (incremental, a unit change
/// rebuilds it, --check, all or nothing), and the catalogue workbook's Qualifications sheet.
/// </summary>
public class QualificationBuildTests
{
    private const string Folder = "610-4213-7";

    private static string Project()
    {
        var dir = TestFolders.Create("qualification-build");
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        foreach (var file in Directory.GetFiles(QualificationExample.SpecFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, "spec", Path.GetFileName(file)));
        }

        return dir;
    }

    private static BuildOptions Options(string dir, bool check = false, IReadOnlyCollection<string>? formats = null) =>
        new([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, formats ?? BuildOptions.DefaultFormats, check, 2);

    private static string Document(string dir, string name) => File.ReadAllText(Path.Combine(dir, "out", Folder, name));

    [Fact]
    public void AnEntryLevelUnitIsListedAtItsStage()
    {
        // The unit rows read the unit's spec, which names the stage; a level of 0 alone would print "0".
        var dir = Project();
        var unit = Path.Combine(dir, "spec", "D-650-2291.yaml");
        File.WriteAllText(unit, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(unit), @"(?m)^  level: \d+$", "  level: Entry 3"));
        var result = BuildRunner.Run(Options(dir, formats: ["md", "csv"]));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        Assert.Matches(@"\| D/650/2291 \| [^|]+ \| Entry 3 \|", Document(dir, "specification.md"));
        Assert.Contains(",\"D/650/2291\",", Document(dir, "structure.csv"));
        Assert.Matches(@"""D/650/2291"",""[^""]+"",Entry 3,", Document(dir, "structure.csv"));
    }

    [Fact]
    public void TheSpecificationHoldsTheRulesInPlainEnglishAndEveryUnitWithASpecInFull()
    {
        var dir = Project();
        var result = BuildRunner.Run(Options(dir));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["specification.html", "specification.md", "structure.csv"], Directory.GetFiles(Path.Combine(dir, "out", Folder)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray());

        var md = Document(dir, "specification.md");
        Assert.Contains("- Learners must achieve a minimum of 37 credits: all 19 credits from Mandatory units (group M), at least 12 credits from Optional group A (leading practice) and 6 to 15 credits from Optional group B (developing self and others).", md);
        Assert.Contains("- At least 28 credits must come from units at level 5 or above.", md);
        Assert.Contains("- F/651/0472 Developing Inclusive Teaching, Learning and Assessment in Education and Training may not be taken with T/650/1020 Developing and delivering learning activities in adult care.", md);
        Assert.Contains("| 1.1 | 14 November 2025 | Rules of combination: credits at level 5 or above corrected from 30 to 28", md);
        foreach (var unit in QualificationExample.Catalogue.Values)
        {
            Assert.Contains($"### {unit.Header.Ref} {unit.Header.Title.Value}", md);
            Assert.All(unit.Criteria, c => Assert.Contains($"| {c.Id} | ", md));
        }

        var csv = Document(dir, "structure.csv");
        Assert.Equal(14, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // the header and the 13 units
        Assert.Contains("\"B\",\"Optional group B (developing self and others)\",\"6 to 15 credits\",\"F/651/0472\"", csv);
        Assert.Contains("<a href=\"#unit-L-652-0848\">L/652/0848</a>", Document(dir, "specification.html"));
    }

    [Fact]
    public void AnUnchangedQualificationIsSkippedAndAUnitChangeRebuildsIt()
    {
        var dir = Project();
        var first = BuildRunner.Run(Options(dir));
        Assert.False(first.HasErrors);
        var second = BuildRunner.Run(Options(dir));
        Assert.Equal((0, 4), (second.Written, second.Skipped)); // three units and the qualification

        var unit = Path.Combine(dir, "spec", "D-650-2291.yaml");
        File.WriteAllText(unit, File.ReadAllText(unit).Replace("title: Infection Prevention and Control in Health and Social Care", "title: Infection Prevention and Control in Adult Care"));
        var check = BuildRunner.Run(Options(dir, check: true));
        Assert.Contains(check.Diagnostics, d => d.Id == "UNITC0304" && d.Location.Path.EndsWith(Path.Combine(Folder, "specification.md"), StringComparison.Ordinal));

        var third = BuildRunner.Run(Options(dir));
        Assert.False(third.HasErrors);
        Assert.Equal(2, third.Skipped); // the other two units
        Assert.Contains("| D/650/2291 | Infection Prevention and Control in Adult Care | 2 | 3 | 24 |", Document(dir, "specification.md"));
        Assert.Empty(BuildRunner.Run(Options(dir, check: true)).Diagnostics);
    }

    [Fact]
    public void AQualificationWithAnErrorKeepsItsOldDocuments()
    {
        var dir = Project();
        Assert.False(BuildRunner.Run(Options(dir)).HasErrors);
        var before = Document(dir, "specification.html");
        var spec = Path.Combine(dir, "spec", QualificationExample.FileName);
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("T/650/1022]", "T/650/1022, Z/999/9999]"));

        var result = BuildRunner.Run(Options(dir));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("UNITC0501", d.Id);
        Assert.Equal(before, Document(dir, "specification.html"));
    }

    [Fact]
    public void TheCatalogueWorkbookHasAQualificationsSheetAndTheStructureWorkbookIsValid()
    {
        var dir = Project();
        var result = BuildRunner.Run(Options(dir, formats: ["xlsx"]));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

        using var catalogue = SpreadsheetDocument.Open(Path.Combine(dir, "out", "mapping-grid.xlsx"), false);
        var sheets = catalogue.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Summary", "Qualifications", "D-650-2291", "F-651-0472", "L-652-0848"], sheets);
        var rows = Rows(catalogue, "Qualifications");
        Assert.Equal(["qualification", "qualification_title", "group", "group_title", "group_rule", "ref", "title", "level", "credit", "glh"], rows[0]);
        Assert.Equal(14, rows.Count);
        Assert.Equal(["610/4213/7", "Level 5 Diploma in Leadership and Management for Adult Care", "M", "Mandatory units", "all 19 credits", "L/652/0848"], rows[1].Take(6).ToArray());

        foreach (var path in new[] { Path.Combine(dir, "out", "mapping-grid.xlsx"), Path.Combine(dir, "out", Folder, "structure.xlsx") })
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
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
