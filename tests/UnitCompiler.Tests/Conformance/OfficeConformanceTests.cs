namespace UnitCompiler.Tests.Conformance;

/// <summary>
/// The Office documents open in LibreOffice, which converts them (DOCX to PDF, XLSX to CSV) and the
/// criteria come out in the converted text. soffice exits 0 even when it cannot load a file, so the
/// checker and this test look at what was converted, not at the exit code alone.
/// </summary>
public class OfficeConformanceTests
{
    [SkippableFact]
    public void LibreOfficeOpensEachWorkbookAndTheCriteriaComeOut()
    {
        ExternalTools.Require("LibreOffice", ExternalTools.OnPath("soffice") is not null);
        ExternalTools.Require("pdftotext (poppler-utils)", ExternalTools.OnPath("pdftotext") is not null);

        var outFolder = SeedBuild.Build("xlsx");
        var files = Directory.GetFiles(outFolder, "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count); // the unit's workbook and the catalogue's
        foreach (var file in files)
        {
            // One run a file: the checker names its text after the file, and both are mapping-grid.xlsx.
            var text = Path.Combine(outFolder, "..", "text", Path.GetRelativePath(outFolder, file));
            var run = CheckerRun.Start("bash", [Path.Combine(ExternalTools.CheckersFolder, "check-office.sh"), "--text-out", text, file], TimeSpan.FromMinutes(5));
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("1 passed, 0 failed", run.Error);
            var converted = Path.Combine(text, Path.GetFileNameWithoutExtension(file) + ".csv");
            var csv = CheckerRun.Flatten(File.ReadAllText(converted)).Replace("\"\"", "\"", StringComparison.Ordinal);
            Assert.All(SeedBuild.CriteriaText, criterion => Assert.Contains(criterion, csv));
        }
    }

    [SkippableFact]
    public void LibreOfficeOpensEachWordDocumentAndTheCriteriaComeOut()
    {
        ExternalTools.Require("LibreOffice", ExternalTools.OnPath("soffice") is not null);
        ExternalTools.Require("pdftotext (poppler-utils)", ExternalTools.OnPath("pdftotext") is not null);

        var outFolder = SeedBuild.Build("docx");
        var files = Directory.GetFiles(outFolder, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["assessor-checklist.docx", "learner-workbook.docx"], files.Select(f => Path.GetFileName(f)).ToArray());
        var text = Path.Combine(outFolder, "..", "text");
        var run = CheckerRun.Start("bash", [Path.Combine(ExternalTools.CheckersFolder, "check-office.sh"), "--text-out", text, .. files], TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 passed, 0 failed", run.Error);

        foreach (var file in files)
        {
            // The PDF's text, flattened: a criterion's wording wraps across lines of a table cell.
            var pdfText = CheckerRun.Flatten(File.ReadAllText(Path.Combine(text, Path.GetFileNameWithoutExtension(file) + ".txt")));
            Assert.All(SeedBuild.CriteriaText, criterion => Assert.Contains(criterion, pdfText));
        }
    }

    [SkippableFact]
    public void LibreOfficeOpensTheQualificationsWordSpecificationAndStructureWorkbook()
    {
        ExternalTools.Require("LibreOffice", ExternalTools.OnPath("soffice") is not null);
        ExternalTools.Require("pdftotext (poppler-utils)", ExternalTools.OnPath("pdftotext") is not null);

        var outFolder = QualificationExampleBuild.Build("docx", "xlsx");
        string[] files = [Path.Combine(outFolder, "specification.docx"), Path.Combine(outFolder, "structure.xlsx")];
        var text = Path.Combine(outFolder, "..", "..", "text");
        var run = CheckerRun.Start("bash", [Path.Combine(ExternalTools.CheckersFolder, "check-office.sh"), "--text-out", text, .. files], TimeSpan.FromMinutes(10));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2 passed, 0 failed", run.Error);

        var pdfText = CheckerRun.Flatten(File.ReadAllText(Path.Combine(text, "specification.txt")));
        var csv = File.ReadAllText(Path.Combine(text, "structure.csv"));
        Assert.All(QualificationExampleBuild.UnitRefs, reference => Assert.Contains(reference, pdfText));
        Assert.All(QualificationExampleBuild.UnitRefs, reference => Assert.Contains(reference, csv));
        Assert.Contains("Learners must achieve a minimum of 37 credits", pdfText);
        Assert.All(SeedBuild.CriteriaText, criterion => Assert.Contains(criterion, pdfText)); // the seed unit in full
    }
}
