using System.Collections.Immutable;
using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Model;
using UnitCompiler.Render.Xlsx;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Exchange;

/// <summary>A test per rule that would make Moodle refuse a file or skip a row without a word.</summary>
public class MoodleRuleTests
{
    private static readonly SourceLocation At = SourceLocation.File("spec/L-652-0848.yaml");

    private static ImmutableArray<MoodleRow> SeedRows => MoodleFramework.Rows(SeedUnit.WithGuidance, ExchangeSettings.Default);

    private static string[] Check(IReadOnlyList<MoodleRow> rows, MoodleScale? scale = null, IEnumerable<string>? taxonomy = null)
    {
        var diagnostics = new DiagnosticBag();
        MoodleRules.Check(rows, scale ?? MoodleScale.Standard, taxonomy ?? ExchangeSettings.Default.Taxonomy, At, diagnostics);
        return [.. diagnostics.ToImmutable().Select(d => d.Id)];
    }

    private static ImmutableArray<MoodleRow> Replace(int index, Func<MoodleRow, MoodleRow> edit) => SeedRows.SetItem(index, edit(SeedRows[index]));

    [Fact]
    public void TheSeedsFrameworkPassesEveryRule()
    {
        Assert.Empty(Check(SeedRows));
        var csv = Encoding.UTF8.GetString(MoodleFramework.Write(SeedUnit.WithGuidance, ExchangeSettings.Default, At, new DiagnosticBag())!);
        Golden.AssertMatches("Expected/exchange/L-652-0848.moodle.csv", csv);
        var table = CsvReader.Read(csv);
        Assert.Equal(MoodleRow.Columns, table[0]);
        Assert.All(table, row => Assert.Equal(14, row.Length));
        Assert.Single(table.Skip(1), r => r[12] == "1");
        Assert.Equal("outcome,competency,indicator", table[1][13]);
        // A criterion hangs under its outcome, a sub-item under its criterion.
        Assert.Contains(table, r => r[1] == "L/652/0848 AC2.3" && r[0] == "L/652/0848 LO2");
        Assert.Contains(table, r => r[1] == "L/652/0848 AC1.1a" && r[0] == "L/652/0848 AC1.1");
        Assert.All(table.Skip(1), r => Assert.InRange(r[2].Length, 1, 100));
    }

    [Fact]
    public void ExactlyOneFrameworkRow()
    {
        Assert.Equal(["UNITC0720"], Check(Replace(0, r => r with { IsFramework = false })));
        // A second framework row is refused, and the rows under it lose their parent too.
        Assert.Equal("UNITC0720", Check(Replace(1, r => r with { IsFramework = true }))[0]);
    }

    [Fact]
    public void EmptyIdNumberOrShortname()
    {
        // The row's children name it as their parent, so an empty id number also strands them.
        Assert.Contains("UNITC0721", Check(Replace(2, r => r with { IdNumber = "" })));
        Assert.Equal(["UNITC0721"], Check(Replace(2, r => r with { Shortname = " " })));
    }

    [Fact]
    public void OverlongIdNumberOrShortname()
    {
        Assert.Equal(["UNITC0722"], Check(Replace(1, r => r with { Shortname = new string('x', 101) })));
        Assert.Equal(["UNITC0722"], Check(Replace(0, r => r with { IdNumber = new string('x', 101) })));
        // What unitc writes itself is shortened at a word, never over the limit.
        var longText = string.Join(' ', Enumerable.Repeat("safeguarding", 20));
        var shortened = MoodleFramework.Shorten("AC1.1 " + longText);
        Assert.True(shortened.Length <= 100);
        Assert.EndsWith("safeguarding…", shortened, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIdNumber() =>
        Assert.Equal(["UNITC0723"], Check(Replace(3, r => r with { IdNumber = SeedRows[4].IdNumber, ParentIdNumber = SeedRows[3].ParentIdNumber })));

    [Fact]
    public void MissingParent()
    {
        Assert.Equal(["UNITC0724"], Check(Replace(3, r => r with { ParentIdNumber = "L/652/0848 LO99" })));
        // The framework is not a competency: an outcome is top level, with a blank parent.
        Assert.Equal(["UNITC0724"], Check(Replace(1, r => r with { ParentIdNumber = "L/652/0848" })));
    }

    [Fact]
    public void ScaleWithoutDefaultOrProficient()
    {
        Assert.Equal(["UNITC0725"], Check(SeedRows, MoodleScale.Standard with { DefaultValue = 3 }));
        Assert.Equal(["UNITC0725"], Check(SeedRows, MoodleScale.Standard with { Proficient = [] }));
        Assert.Equal(["UNITC0725"], Check(SeedRows, MoodleScale.Standard with { Values = ["Not yet, but soon", "Competent"] }));
        Assert.Equal("[{\"scaleid\":\"0\"},{\"id\":1,\"scaledefault\":1,\"proficient\":0},{\"id\":2,\"scaledefault\":0,\"proficient\":1}]", MoodleFramework.ScaleConfiguration(MoodleScale.Standard));
    }

    [Fact]
    public void NumericIdNumbersPhpTakesAsEqual()
    {
        var rows = SeedRows.SetItem(1, SeedRows[1] with { IdNumber = "1.1" }).SetItem(2, SeedRows[2] with { IdNumber = "1.10", ParentIdNumber = "1.1" });
        Assert.Contains("UNITC0733", Check(rows));
        Assert.True(MoodleRules.IsPhpNumeric(" 01"));
        Assert.False(MoodleRules.IsPhpNumeric("L/652/0848 AC1.10"));
        Assert.DoesNotContain(SeedRows, r => MoodleRules.IsPhpNumeric(r.IdNumber)); // unitc's own never are
    }

    [Fact]
    public void ScaleValuesWithSpacesAroundThemNeverMatchTheSitesScale() =>
        Assert.Equal(["UNITC0725"], Check(SeedRows, MoodleScale.Standard with { Values = ["Not yet competent", " Competent"] }));

    [Fact]
    public void UnknownTaxonomyTerm() =>
        Assert.Equal(["UNITC0726"], Check(SeedRows, taxonomy: ["outcome", "criterion", "indicator"]));

    [Fact]
    public void CrossReferenceToNoRow()
    {
        Assert.Equal(["UNITC0727"], Check(Replace(3, r => r with { CrossReferences = ["L/652/0848 AC9.9"] })));
        Assert.Empty(Check(Replace(3, r => r with { CrossReferences = [SeedRows[5].IdNumber] })));
    }

    [Fact]
    public void CommasInCrossReferencesAreEscaped()
    {
        var rows = new[]
        {
            new MoodleRow("", "F", "Framework", "", true, []) { ScaleValues = "No,Yes", ScaleConfiguration = "[]", Taxonomy = "competency" },
            new MoodleRow("", "a,b", "A", "", false, []),
            new MoodleRow("", "c", "C", "", false, ["a,b"]),
        };
        var table = CsvReader.Read(MoodleFramework.Csv(rows));
        Assert.Equal("a%2Cb", table[3][10]);
        Assert.Equal("a,b", table[2][1]);
    }

    [Fact]
    public void ABrokenFrameworkIsNotWritten()
    {
        var unit = SeedUnit.WithGuidance with { Header = SeedUnit.WithGuidance.Header with { Ref = "L/652/0848" + new string('9', 95) } };
        var diagnostics = new DiagnosticBag();
        Assert.Null(MoodleFramework.Write(unit, ExchangeSettings.Default, At, diagnostics));
        Assert.Contains(diagnostics.ToImmutable(), d => d.Id == "UNITC0722");
        Assert.NotNull(MoodleFramework.Write(SeedUnit.WithGuidance with { Header = SeedUnit.WithGuidance.Header with { Title = new LocatedText(new string('t', 300)) } }, ExchangeSettings.Default, At, new DiagnosticBag()));
    }
}
