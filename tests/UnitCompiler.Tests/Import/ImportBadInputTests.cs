using UnitCompiler.Import;
using UnitCompiler.Project;
using static UnitCompiler.Tests.ImportHelpers;

namespace UnitCompiler.Tests.Import;

/// <summary>Broken inputs: each gets an error naming file and line, and all of a file's problems come in one run.</summary>
public class ImportBadInputTests
{
    [Fact]
    public void MissingFile()
    {
        var d = Assert.Single(InputLoader.LoadExport("/no/such/unit.txt").Diagnostics);
        Assert.Equal("/no/such/unit.txt: error UNITC0001: file not found", d.ToString());
    }

    [Fact]
    public void Unreadable()
    {
        var d = Assert.Single(InputLoader.LoadExport(Path.GetTempPath()).Diagnostics);
        Assert.Equal("UNITC0002", d.Id);
    }

    [Fact]
    public void EmptyFile() => Assert.Equal("UNITC0003", Assert.Single(ImportText("  \n\n").Diagnostics).Id);

    [Fact]
    public void BinaryFile()
    {
        var result = UnitImporter.Import("unit.docx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        Assert.Null(result.Unit);
        Assert.Equal("UNITC0004", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void TooLarge()
    {
        var result = UnitImporter.Import("big.txt", new byte[100], new IO.InputLimits(50, 64, 1000));
        Assert.Equal("UNITC0006", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void SynopsisPassedAsUnit()
    {
        var result = InputLoader.LoadExport(TestPaths.Seed("001_6bf64370099197f3.txt"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("UNITC0102", d.Id);
        Assert.Equal(1, d.Location.Line); // the "Topic Synopsis" heading, 0-based
    }

    [Fact]
    public void NoOutcomeTable() =>
        Assert.Contains(ImportText("# Qualification Unit\n\n**Unit Title:** X\n\n**Unit Reference Number:** L/652/0848\n").Diagnostics, d => d.Id == "UNITC0103");

    [Fact]
    public void MissingReference()
    {
        var text = SeedText.Replace("**Unit Reference Number:** L/652/0848\n", string.Empty);
        Assert.Contains(ImportText(text).Diagnostics, d => d.Id == "UNITC0201");
    }

    [Fact]
    public void UnreadableNumber()
    {
        var d = Assert.Single(ImportText(SeedText.Replace("**Level:** Five (5)", "**Level:** Fivish")).Diagnostics, d => d.IsError);
        Assert.Equal("UNITC0106", d.Id);
        Assert.Equal(LineOf(SeedText, "**Level:**") - 1, d.Location.Line);
    }

    [Fact]
    public void DuplicateCriterion()
    {
        var text = SeedText.Replace("<p>2.3 Evaluate how", "<p>2.2 Evaluate how");
        var d = Assert.Single(ImportText(text).Diagnostics, d => d.IsError);
        Assert.Equal("UNITC0204", d.Id);
        Assert.Contains("criterion 2.2 appears more than once", d.Message);
    }

    [Fact]
    public void CriteriaOutOfSequence()
    {
        var text = SeedText.Replace("<p>3.2 Support and develop team", "<p>3.4 Support and develop team");
        var errors = ImportText(text).Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, d => d.Id == "UNITC0205" && d.Message.Contains("criterion 3.4 follows 3.1; expected 3.2"));
    }

    [Fact]
    public void CriterionUnderWrongOutcome()
    {
        var text = SeedText.Replace("<p>2.3 Evaluate how", "<p>3.3 Evaluate how");
        var d = Assert.Single(ImportText(text).Diagnostics, d => d.IsError);
        Assert.Equal("UNITC0206", d.Id);
        Assert.Equal(LineOf(text, "<p>3.3 Evaluate how") - 1, d.Location.Line);
    }

    [Fact]
    public void AllProblemsOfAFileInOneRun()
    {
        var text = SeedText.Replace("<p>2.3 Evaluate how", "<p>2.2 Evaluate how").Replace("**Level:** Five (5)", "**Level:** Fivish").Replace("<p>7.3 Evaluate", "<p>7.5 Evaluate");
        Assert.Equal(["UNITC0106", "UNITC0204", "UNITC0205"], ImportText(text).Diagnostics.Where(d => d.IsError).Select(d => d.Id).Order().ToArray());
    }

    [Fact]
    public void TruncatedTable()
    {
        var cut = SeedText[..SeedText.IndexOf("<hr/> <p>6.3 Analyse", StringComparison.Ordinal)] + "<p>6.3 Analyse the <b>considerations";
        var result = ImportText(cut);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0104" && d.Location.Line == LineOf(cut, "<p>6. Understand") - 1);
    }

    [Fact]
    public void SubItemBeforeAnyCriterion()
    {
        var text = SeedText.Replace("<p>4.1 Assess the importance", "<ul><li>a) stray</li></ul><p>4.1 Assess the importance");
        Assert.Contains(ImportText(text).Diagnostics, d => d.Id == "UNITC0110");
    }

    [Fact]
    public void DeepNesting()
    {
        var bomb = string.Concat(Enumerable.Repeat("<span>", 20_000)) + "deep" + string.Concat(Enumerable.Repeat("</span>", 20_000));
        var text = SeedText.Replace("<p>4.1 Assess the importance", "<p>4.1 " + bomb + " Assess the importance");
        var result = ImportText(text);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0112");
        Assert.Equal(LineOf(text, "<p>4. Understand") - 1, d.Location.Line);
    }
}
