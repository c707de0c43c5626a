using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>
/// Entry level, the RQF's level below Level 1 in three stages: read from an export in its usual
/// wordings, kept by the spec as the register writes it (<c>level: Entry 3</c>, format 4), printed as
/// "Entry 3", compared by the differ and carried through CASE. It counts as level 0 wherever levels
/// are compared.
/// </summary>
public class EntryLevelTests
{
    private static string SeedSpec => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml"));

    private static string WithLevel(string level, int format = Unit.FormatVersion) =>
        SeedSpec.Replace("\n  level: 5\n", $"\n  level: {level}\n", StringComparison.Ordinal)
            .Replace($"\nunitc: {Unit.FormatVersion}\n", $"\nunitc: {format}\n", StringComparison.Ordinal);

    private static Unit Import(string levelValue) =>
        ImportHelpers.ImportText(ImportHelpers.SeedText.Replace("**Level:** Five (5)", "**Level:** " + levelValue, StringComparison.Ordinal)).Unit!;

    [Theory]
    [InlineData("Entry 3", 3)]
    [InlineData("Entry Level 3", 3)]
    [InlineData("Entry level Two", 2)]
    [InlineData("Entry 1 (E1)", 1)]
    [InlineData("E3", 3)]
    [InlineData("Entry level", null)]
    public void AnExportsEntryLevelIsLevel0WithItsStage(string written, int? stage)
    {
        Assert.Contains("**Level:** Five (5)", ImportHelpers.SeedText, StringComparison.Ordinal);
        var result = ImportHelpers.ImportText(ImportHelpers.SeedText.Replace("**Level:** Five (5)", "**Level:** " + written, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal((0, stage), (result.Unit!.Header.Level, result.Unit.Header.EntryStage));
        Assert.Empty(LosslessCheck.MissingWords(ImportHelpers.SeedText.Replace("**Level:** Five (5)", "**Level:** " + written, StringComparison.Ordinal), result.Unit));
    }

    [Theory]
    [InlineData("Entry 4")]
    [InlineData("Entrylevel 3")]
    public void AnythingElseIsNotEntryLevel(string written)
    {
        var result = ImportHelpers.ImportText(ImportHelpers.SeedText.Replace("**Level:** Five (5)", "**Level:** " + written, StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0106");
    }

    [Fact]
    public void TheSpecWritesItAsTheRegisterDoesAndReadsItBack()
    {
        var unit = Import("Entry 3");
        var yaml = SpecWriter.Write(unit);
        Assert.Contains("\n  level: Entry 3\n", yaml, StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("u.yaml", yaml));
        Assert.Empty(read.Diagnostics);
        Assert.Equal((0, (int?)3, "Entry 3"), (read.Unit!.Header.Level!.Value, read.Unit.Header.EntryStage, read.Unit.Header.LevelName));
        Assert.Equal(yaml, SpecWriter.Write(read.Unit));
    }

    [Theory]
    [InlineData("Entry", 0, null)]
    [InlineData("0", 0, null)] // as format 3 could say it; written back as "Entry"
    [InlineData("\"Entry 2\"", 0, 2)]
    public void OtherSpellingsOfEntryLevelLoad(string level, int expected, int? stage)
    {
        var read = SpecReader.Read(new SourceText("u.yaml", WithLevel(level)));
        Assert.Empty(read.Diagnostics);
        Assert.Equal((expected, stage), (read.Unit!.Header.Level!.Value, read.Unit.Header.EntryStage));
    }

    [Fact]
    public void AnEntryStageOutOfRangeIsAnError()
    {
        var yaml = WithLevel("Entry 4");
        var error = Assert.Single(SpecReader.Read(new SourceText("u.yaml", yaml)).Diagnostics);
        Assert.Equal("UNITC0223", error.Id);
        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(ImportHelpers.LineOf(yaml, "level: Entry 4") - 1, error.Location.Line);
    }

    [Fact]
    public void AFormat3SpecCannotSayEntryLevelAndSaysWhichFormatCan()
    {
        var yaml = WithLevel("Entry 3", format: 3);
        var error = Assert.Single(SpecReader.Read(new SourceText("u.yaml", yaml)).Diagnostics);
        Assert.Equal("UNITC0230", error.Id);
        Assert.Contains("format 4", error.Message, StringComparison.Ordinal);
        Assert.Equal(ImportHelpers.LineOf(yaml, "level: Entry 3") - 1, error.Location.Line);
    }

    [Fact]
    public void DocumentsPrintTheLevelAsPeopleWriteIt()
    {
        var bag = new DiagnosticBag();
        var checklist = DocumentRenderer.Render(Import("Entry 3"), ProjectTemplates.Load(null, bag), ["md", "html"], bag)
            .Where(d => d.RelativePath.Contains("assessor-checklist", StringComparison.Ordinal))
            .Select(d => System.Text.Encoding.UTF8.GetString(d.Content))
            .ToList();
        Assert.Equal(2, checklist.Count);
        Assert.Contains("| Level | Entry 3 |", checklist[0] + checklist[1], StringComparison.Ordinal);
        Assert.Contains("<dd>Entry 3</dd>", checklist[0] + checklist[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeOfStageIsAChangeOfLevel()
    {
        var before = Import("Entry 2");
        var after = Import("Entry 3");
        var change = Assert.Single(UnitDiffer.Diff(before, after));
        Assert.Equal(ChangeKind.LevelChanged, change.Kind);
        Assert.Equal(("Entry 2", "Entry 3"), (change.Before, change.After));
    }

    [Fact]
    public void CaseCarriesTheStageThereAndBack()
    {
        var unit = Import("Entry 1");
        var package = CaseWriter.Write(unit, Exchange.CaseExportTests.Dated)!;
        var back = CaseReader.Read(new SourceText("u.case.json", System.Text.Encoding.UTF8.GetString(package))).Unit!;
        Assert.Equal((0, (int?)1), (back.Header.Level!.Value, back.Header.EntryStage));
    }
}
