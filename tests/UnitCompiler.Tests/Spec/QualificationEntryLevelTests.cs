using UnitCompiler.Changes;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>
/// Qualification spec format 3: a qualification and the units it declares may be at Entry level as
/// the register writes it ("Entry 3"), as unit specs may from format 4; formats 1 and 2 could say
/// only 0, load as they are, and fmt writes their 0 as "Entry".
/// </summary>
public class QualificationEntryLevelTests
{
    /// <summary>The committed example with its own level and its first declared unit's level replaced.</summary>
    private static string Example(string qualificationLevel, string unitLevel, int format = Qualification.FormatVersion) =>
        QualificationExample.Text
            .Replace("\nunitc: 3\n", $"\nunitc: {format}\n", StringComparison.Ordinal)
            .Replace("\n  level: 5\n  type:", $"\n  level: {qualificationLevel}\n  type:", StringComparison.Ordinal)
            .Replace("title: Leading and managing a team in adult care\n    level: 5\n", $"title: Leading and managing a team in adult care\n    level: {unitLevel}\n", StringComparison.Ordinal);

    private static (Qualification? Qualification, IReadOnlyList<string> Ids) Read(string text)
    {
        var (qualification, diagnostics) = QualificationReader.Read(new SourceText("q.yaml", text));
        return (qualification, diagnostics.Select(d => d.Id).ToList());
    }

    [Fact]
    public void TheExampleHasTheLevelsTheseTestsReplace()
    {
        Assert.NotEqual(QualificationExample.Text, Example("Entry 3", "Entry 2"));
        Assert.Contains("\n  level: Entry 3\n  type:", Example("Entry 3", "Entry 2"), StringComparison.Ordinal);
        Assert.Contains("glh: 36", Example("Entry 3", "Entry 2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Format3ReadsEntryLevelAndWritesItBackAsWritten()
    {
        var text = Example("Entry 3", "Entry 2");
        var (qualification, ids) = Read(text);
        Assert.Empty(ids);
        Assert.Equal((0, 3, "Entry 3"), (qualification!.Header.Level, qualification.Header.EntryStage, qualification.Header.LevelName));
        var unit = qualification.DeclaredUnits.Single(u => u.Ref == "T/650/1001");
        Assert.Equal((0, 2, "Entry 2"), (unit.Level, unit.EntryStage, unit.LevelName));
        Assert.Equal(text, QualificationWriter.Write(qualification));
    }

    [Fact]
    public void Format2CannotSayEntryLevelAndSaysWhichFormatCan()
    {
        var (qualification, ids) = Read(Example("Entry 3", "5", format: 2));
        Assert.Null(qualification);
        Assert.Equal(["UNITC0230"], ids);
    }

    [Fact]
    public void Format1CannotEither()
    {
        var format1 = File.ReadAllText(TestPaths.TestFile("qualifications", "diploma.yaml"));
        var at = format1.IndexOf("\n  level: 5\n", StringComparison.Ordinal);
        Assert.True(at > 0);
        var (qualification, ids) = Read(format1[..at] + "\n  level: Entry 3\n" + format1[(at + "\n  level: 5\n".Length)..]);
        Assert.Null(qualification);
        Assert.Equal(["UNITC0230"], ids);
    }

    [Fact]
    public void AFormat2LevelOf0LoadsAndFmtWritesItAsEntry()
    {
        var (qualification, ids) = Read(Example("5", "0", format: 2));
        Assert.Empty(ids);
        Assert.Equal((0, (int?)null), (qualification!.DeclaredUnits[0].Level, qualification.DeclaredUnits[0].EntryStage));
        var upgraded = QualificationWriter.Write(qualification);
        Assert.Contains("\nunitc: 3\n", upgraded, StringComparison.Ordinal);
        Assert.Contains("title: Leading and managing a team in adult care\n    level: Entry\n", upgraded, StringComparison.Ordinal);
        Assert.Equal(upgraded, QualificationWriter.Write(Read(upgraded).Qualification!));
    }

    [Theory]
    [InlineData("Entry 4")]
    [InlineData("Entry level 3")]
    [InlineData("\"3\"")]
    public void AnythingElseIsTheWrongType(string level)
    {
        var (qualification, ids) = Read(Example(level, "5"));
        Assert.Null(qualification);
        Assert.Equal(["UNITC0223"], ids);
    }

    [Fact]
    public void AChangeOfStageIsAChangeOfLevel()
    {
        var before = Read(Example("Entry 2", "5")).Qualification!;
        var after = Read(Example("Entry 3", "5")).Qualification!;
        var change = Assert.Single(QualificationDiffer.Diff(before, after), c => c.Subject == "level");
        Assert.Equal("Level changed from Entry 2 to Entry 3", change.Summary);
    }
}
