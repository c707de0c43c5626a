using System.Collections.Immutable;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>A criterion's key terms follow its text and items, however the criterion was made.</summary>
public class CriterionTermsTests
{
    private static readonly AssessmentCriterion Criterion = new("1.1", new LocatedText("Analyse **co-production**"), [], []);

    [Fact]
    public void TermsFollowTheTextAfterWith()
    {
        Assert.Equal(["co-production"], Criterion.Terms.Select(t => t.Value));
        var edited = Criterion with { Text = new LocatedText("Evaluate **risk enablement** and **advocacy**") };
        Assert.Equal(["risk enablement", "advocacy"], edited.Terms.Select(t => t.Value));
        Assert.Equal(["co-production"], Criterion.Terms.Select(t => t.Value)); // the original is untouched
    }

    [Fact]
    public void TermsFollowTheItemsAfterWith()
    {
        var edited = Criterion with { Items = ImmutableArray.Create(new CriterionItem("a", new LocatedText("**wellbeing**"))) };
        Assert.Equal(["co-production", "wellbeing"], edited.Terms.Select(t => t.Value));
    }
}
