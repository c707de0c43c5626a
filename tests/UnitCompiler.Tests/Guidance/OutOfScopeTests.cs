using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// Items that say their topic lies outside the unit (<see cref="OutOfScope"/>, <see cref="AlignerSettings.ScopeOut"/>):
/// general guidance whatever they score, and no item labelled with a criterion is taken for one.
/// </summary>
public class OutOfScopeTests
{
    private static readonly Lazy<AlignmentSet> Pool = new(() => AlignmentSet.LoadPool(TestPaths.TestFile(""), TestPaths.Seed("")));

    [Theory]
    [InlineData("Payroll journals and PAYE returns are covered in the payroll unit, not this one.")]
    [InlineData("Beard shaping and hot towel shaves are separate services with their own unit.")]
    [InlineData("Working out how much to order isn\u2019t part of this unit.")]
    [InlineData("Worrying about customs entries: they are **not part of this unit**.")]
    public void ASentenceThatPutsItsTopicElsewhereIsOutOfScope(string text) => Assert.True(OutOfScope.Says(text), text);

    [Theory]
    [InlineData("Check your voltage indicator on a proving unit before and after the test.")]
    [InlineData("Use the cleaning product your unit has approved for each species.")]
    [InlineData("Describe how the whole warehouse is covered without stopping picking.")]
    [InlineData("Practise the loading unit calculation using the tables.")]
    public void AUnitOfEquipmentOrAPlainCoveredIsNot(string text) => Assert.False(OutOfScope.Says(text), text);

    [Fact]
    public void NoItemOfThePoolLabelledWithACriterionIsOutOfScope()
    {
        var labelled = Pool.Value.Labelled("pool").Concat(Pool.Value.Labelled("test")).ToList();
        Assert.DoesNotContain(labelled, l => l.Expected.Length > 0 && OutOfScope.Says(l.Item.Text.Value));
        Assert.True(labelled.Count(l => l.Expected.Length == 0 && OutOfScope.Says(l.Item.Text.Value)) >= 30);
    }

    [Fact]
    public void AnOutOfScopeItemIsGeneralWhateverItScores()
    {
        // An item taken from a criterion's own words scores high; saying it is another unit's makes it general.
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var criterion = unit.Outcomes[0].Criteria[0];
        var inScope = new GuidanceItem(null, criterion.Text, []);
        var outOfScope = new GuidanceItem(null, new LocatedText(criterion.Text.Value + "; this is covered in the leadership unit, not this one."), []);
        var withItems = unit with { Guidance = unit.Guidance! with { ExamTips = [inScope, outOfScope] } };
        var aligned = GuidanceAligner.Align(withItems).Guidance!.ExamTips;
        Assert.NotEmpty(aligned[0].Criteria);
        Assert.Empty(aligned[1].Criteria);
        var off = GuidanceAligner.Align(withItems, AlignerSettings.Default with { ScopeOut = false }).Guidance!.ExamTips;
        Assert.NotEmpty(off[1].Criteria);
    }
}
