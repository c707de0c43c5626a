using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Fuzz;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Fuzz;

/// <summary>Inputs that once made an import or a spec load crash or run away, replayed from TestFiles/fuzz/.</summary>
public class FuzzRegressionTests
{
    /// <summary>
    /// 100 KB of unclosed "&lt;p&gt;1 &lt;/p&gt;\t&lt;p&gt;1.1" cells after the outcome table: each stray
    /// piece was joined to criterion 7.2 by copying its whole text, and the import took tens of
    /// seconds (200 KB: about a minute). The pieces are one block of stray cells: every one is kept,
    /// and the block is reported once, not once per line or piece.
    /// </summary>
    [Fact]
    public void StrayCellsAfterTheOutcomeTableAreKeptAndReported()
    {
        var path = TestPaths.TestFile("fuzz", "stray-cells-after-outcome-table.txt");
        var text = File.ReadAllText(path);

        var result = InputLoader.LoadExport(path);

        Assert.NotNull(result.Unit);
        Assert.Equal(7, result.Unit.Outcomes.Length);
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
        var stray = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0114");
        Assert.Equal(text[..text.IndexOf("<p>1 </p>", StringComparison.Ordinal)].Count(c => c == '\n'), stray.Location.Line);
    }

    public static TheoryData<string> RecordedFindings() =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestFiles", "fuzz")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every input that was once a finding runs through every fuzz target without an exception.</summary>
    [Theory]
    [MemberData(nameof(RecordedFindings))]
    public void NoRecordedFindingThrows(string name)
    {
        var bytes = File.ReadAllBytes(TestPaths.TestFile("fuzz", name));
        foreach (var target in FuzzTargets.Names)
        {
            var escaped = Record.Exception(() => FuzzTargets.Find(target)!(bytes));
            Assert.True(escaped is null, $"{target} threw on {name}: {escaped}");
        }
    }

    /// <summary>
    /// A criterion id with no dot ("1@1") reached the sequence check, which split it at the dot and
    /// took the second part: IndexOutOfRangeException. The spec loader now holds ids to their shape.
    /// </summary>
    [Fact]
    public void CriterionIdWithoutADotIsReported()
    {
        var path = TestPaths.TestFile("fuzz", "spec-criterion-id-without-dot.yaml");

        var result = InputLoader.LoadSpec(path);

        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0229");
        Assert.Equal(
            $"{path}(18,13): error UNITC0229: '1@1' is not a well-formed criterion id: expected an outcome number, a dot and a number, such as 2.3",
            d.ToString());
    }

    /// <summary>
    /// The validator's own guard, for units built in code rather than read from a spec: a criterion
    /// id with no dot is out of sequence, not a crash.
    /// </summary>
    [Fact]
    public void ValidatorToleratesCriterionIdsWithoutADot()
    {
        var seed = SeedUnit.WithGuidance;
        var first = seed.Outcomes[0];
        var undotted = first.Criteria.Select(c => c with { Id = "1" }).ToImmutableArray();
        var unit = seed with { Outcomes = seed.Outcomes.SetItem(0, first with { Criteria = undotted }) };
        var diagnostics = new DiagnosticBag();

        UnitValidator.Validate(unit, SourceLocation.File("unit.yaml"), diagnostics);

        Assert.Contains(diagnostics.ToImmutable(), d => d.Id == "UNITC0204");
    }

    /// <summary>
    /// Mutated bytes that YamlDotNet read as a tag it could not turn into a URI: its TagName constructor
    /// threw ArgumentException ("Global tags must be valid URIs") out of the parser. Now a syntax error.
    /// </summary>
    [Fact]
    public void InvalidTagIsASyntaxError()
    {
        var path = TestPaths.TestFile("fuzz", "spec-invalid-tag.yaml");

        var result = InputLoader.LoadSpec(path);

        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0220");
        Assert.True(d.Location.HasLine);
        Assert.Equal($"{path}(19,8): error UNITC0220: global tags must be valid URIs", d.ToString());
    }

    /// <summary>The linear join gives what joining two texts at a time gave, character and offset.</summary>
    [Theory]
    [InlineData("one")]
    [InlineData("one|two|three")]
    [InlineData("|two")]
    [InlineData("one|  ||four")]
    [InlineData("one |  two|three  ")]
    public void JoinedTextMatchesPairwiseJoining(string joinedByBars)
    {
        var pieces = joinedByBars.Split('|');
        var source = new SourceText("t.txt", string.Concat(pieces));
        var texts = new List<LocatedText>();
        var at = 0;
        foreach (var p in pieces)
        {
            texts.Add(new LocatedText(p, p.Length == 0 ? TextOrigin.None : TextOrigin.Contiguous(source, at, p.Length)));
            at += p.Length;
        }

        var joined = new JoinedText(texts[0]);
        var pairwise = texts[0];
        foreach (var t in texts.Skip(1))
        {
            joined.Add(t);
            pairwise = JoinTwo(source, pairwise, t);
        }

        var result = joined.ToLocatedText(source);
        Assert.Equal(pairwise.Value, result.Value);
        Assert.Equal(Offsets(pairwise), Offsets(result));
    }

    /// <summary>How the parser joined two pieces before <see cref="JoinedText"/>.</summary>
    private static LocatedText JoinTwo(SourceText source, LocatedText first, LocatedText second)
    {
        var builder = new MappedTextBuilder();
        builder.Append(first);
        builder.Append(' ', first.Origin.IsKnown ? first.Origin.OffsetAt(first.Value.Length - 1) : 0);
        builder.Append(second);
        return builder.ToLocatedText(source);
    }

    private static int[] Offsets(LocatedText t) =>
        t.Origin.IsKnown ? [.. Enumerable.Range(0, t.Value.Length).Select(t.Origin.OffsetAt)] : [];
}
