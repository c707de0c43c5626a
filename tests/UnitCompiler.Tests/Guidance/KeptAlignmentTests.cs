using System.Text;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Exchange;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Guidance;

/// <summary>A writer's reviewed alignment survives <c>unitc align</c>; the others are recomputed.</summary>
public class KeptAlignmentTests
{
    private static Unit Reviewed()
    {
        var unit = SeedUnit.WithGuidance;
        var g = unit.Guidance!;
        // The first key concept edited by a writer to serve 3.1 alone; the second left to the aligner, its alignment wiped.
        var edited = g.KeyConcepts[0] with { Criteria = [new CriterionAlignment("3.1", 1)], Confirmed = true };
        var wiped = g.KeyConcepts[1] with { Criteria = [] };
        return unit with { Guidance = g with { KeyConcepts = g.KeyConcepts.SetItem(0, edited).SetItem(1, wiped) } };
    }

    [Fact]
    public void AlignKeepsConfirmedItemsAndRecomputesTheRest()
    {
        var aligned = GuidanceAligner.Align(Reviewed()).Guidance!;
        Assert.Equal(["3.1"], aligned.KeyConcepts[0].Criteria.Select(c => c.CriterionId));
        Assert.True(aligned.KeyConcepts[0].Confirmed);
        Assert.Equal(SeedUnit.WithGuidance.Guidance!.KeyConcepts[1].Criteria.ToArray(), aligned.KeyConcepts[1].Criteria.ToArray());
        Assert.NotEmpty(aligned.KeyConcepts[1].Criteria);
    }

    [Fact]
    public void ConfirmedIsWrittenReadAndExported()
    {
        var yaml = SpecWriter.Write(Reviewed());
        Assert.Contains("confirmed: true", yaml, StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("s.yaml", yaml));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        Assert.True(read.Unit!.Guidance!.KeyConcepts[0].Confirmed);
        Assert.Equal(yaml, SpecWriter.Write(read.Unit));
        var back = CaseReader.Read(new SourceText("p.json", Encoding.UTF8.GetString(CaseWriter.Write(read.Unit, CaseExportTests.Dated)!)));
        Assert.Equal(yaml, SpecWriter.Write(back.Unit!));
    }

    [Fact]
    public void ConfirmedInAFormat1SpecIsUnitc0230()
    {
        var yaml = SpecWriter.Write(Reviewed()).Replace("unitc: 4", "unitc: 1", StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("s.yaml", yaml));
        Assert.Contains(read.Diagnostics, d => d.Id == "UNITC0230" && d.Message.Contains("confirmed", StringComparison.Ordinal));
    }
}
