using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>
/// Specs in users' repositories keep loading: a format 1 spec (as unitc wrote it before format 2)
/// reads as it is, and fmt upgrades it by its version line alone.
/// </summary>
public class SpecFormatVersionTests
{
    private static readonly string Format1 = File.ReadAllText(TestPaths.TestFile("legacy", "L-652-0848.format1.yaml"));

    private static readonly string Current = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml"));

    [Fact]
    public void Format1SpecLoadsWithoutDiagnostics()
    {
        var result = SpecReader.Read(new SourceText("old.yaml", Format1));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void FmtUpgradesFormat1ByItsVersionLineAlone()
    {
        var upgraded = SpecWriter.Write(SpecReader.Read(new SourceText("old.yaml", Format1)).Unit!);

        Assert.Contains("\nunitc: 1\n", Format1);
        Assert.Equal(Format1.Replace("\nunitc: 1\n", $"\nunitc: {Model.Unit.FormatVersion}\n"), upgraded);
        Assert.Equal(Current, upgraded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Model.Unit.FormatVersion + 1)]
    public void VersionsOutsideTheReadRangeAreRefused(int version)
    {
        var result = SpecReader.Read(new SourceText("x.yaml", Current.Replace($"\nunitc: {Model.Unit.FormatVersion}\n", $"\nunitc: {version}\n")));
        Assert.Equal("UNITC0224", Assert.Single(result.Diagnostics).Id);
    }

    private const string History = """
        history:
          - version: "4.0"
            date: "2025-09-01"
            change: First issue
          - version: "4.1"
            date: "2026-03-01"
            change: Criterion 2.3 reworded
            section: "2.3"

        """;

    private static string WithVersionAndHistory(string spec) =>
        spec.Replace("  glh: 26\n", "  glh: 26\n  version: \"4.1\"\n").Replace("preamble:\n", History + "preamble:\n");

    [Fact]
    public void VersionAndHistoryRoundTrip()
    {
        var yaml = WithVersionAndHistory(Current);
        var result = SpecReader.Read(new SourceText("v2.yaml", yaml));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("4.1", result.Unit!.Header.Version);
        Assert.Equal(["4.0", "4.1"], result.Unit.History.Select(h => h.Version));
        Assert.Equal(new DateOnly(2026, 3, 1), result.Unit.History[1].Date);
        Assert.Equal("2.3", result.Unit.History[1].Section);
        Assert.Equal(yaml, SpecWriter.Write(result.Unit));
    }

    // A format 1 reader would have refused these keys; a spec that uses them must say it is format 2.
    [Fact]
    public void Format2KeysInAFormat1SpecAreErrorsAtTheirLines()
    {
        var yaml = WithVersionAndHistory(Format1);
        var result = SpecReader.Read(new SourceText("old.yaml", yaml));

        var lines = yaml.Split('\n');
        Assert.Equal(
            [("UNITC0230", Array.FindIndex(lines, l => l.StartsWith("  version:", StringComparison.Ordinal)) + 1), ("UNITC0230", Array.FindIndex(lines, l => l.StartsWith("history:", StringComparison.Ordinal)) + 2)],
            result.Diagnostics.Select(d => (d.Id, d.Location!.Line + 1)).OrderBy(d => d.Item2));
    }

    [Fact]
    public void AHistoryDateMustBeACalendarDate()
    {
        var result = SpecReader.Read(new SourceText("v2.yaml", WithVersionAndHistory(Current).Replace("2026-03-01", "1 March 2026")));
        Assert.Equal("UNITC0223", Assert.Single(result.Diagnostics).Id);
    }
}
