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
}
