using UnitCompiler.Import;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Fuzz;

/// <summary>Inputs that once made an import crash or run away, replayed from TestFiles/fuzz/.</summary>
public class FuzzRegressionTests
{
    /// <summary>
    /// 100 KB of unclosed "&lt;p&gt;1 &lt;/p&gt;\t&lt;p&gt;1.1" cells after the outcome table: each stray
    /// piece was joined to criterion 7.2 by copying its whole text, and the import took tens of
    /// seconds (200 KB: about a minute). Every piece is still kept, and reported, once.
    /// </summary>
    [Fact]
    public void StrayCellsAfterTheOutcomeTableAreKeptAndReported()
    {
        var path = TestPaths.TestFile("fuzz", "stray-cells-after-outcome-table.txt");
        var text = File.ReadAllText(path);

        var result = UnitImporter.ImportFile(path);

        Assert.NotNull(result.Unit);
        Assert.Equal(7, result.Unit.Outcomes.Length);
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
        var strayPieces = (text.Split("<p>1 </p>").Length - 1) * 2;
        Assert.Equal(strayPieces, result.Diagnostics.Count(d => d.Id == "UNITC0114"));
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
