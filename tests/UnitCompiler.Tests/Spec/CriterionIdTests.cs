using UnitCompiler.Model;

namespace UnitCompiler.Tests.Spec;

/// <summary>Criterion ids are split and numbered in one place.</summary>
public class CriterionIdTests
{
    [Theory]
    [InlineData("3.4", "3", "4", "3.5")]
    [InlineData("10.9", "10", "9", "10.10")]
    [InlineData("1@1", "1@1", "1@1", "1@1.1@1+1")] // no dot: refused by the reader, never a crash here
    public void IdsSplitAndCountOn(string id, string outcome, string number, string next)
    {
        var parsed = CriterionId.Parse(id);
        Assert.Equal((outcome, number), (parsed.Outcome, parsed.Number));
        Assert.Equal(next, parsed.Next(outcome).ToString());
    }

    [Fact]
    public void ACriterionKnowsItsOutcome()
    {
        Assert.Equal("10", new AssessmentCriterion("10.2", Text.LocatedText.Empty, [], []).OutcomeId);
        Assert.Equal("2.1", CriterionId.First("2").ToString());
    }
}
