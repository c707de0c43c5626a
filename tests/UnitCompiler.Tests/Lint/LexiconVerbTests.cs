using UnitCompiler.Lint;
using UnitCompiler.Lint.Lexicon;
using static UnitCompiler.Tests.Lint.LintTestHelpers;

namespace UnitCompiler.Tests.Lint;

/// <summary>UNITC1001 and UNITC1002 answer "is it a verb in its base form?" from WordNet, not from a list of favourites.</summary>
public class LexiconVerbTests
{
    [Theory]
    [InlineData("Select")]
    [InlineData("Wear")]
    [InlineData("Erect")]
    [InlineData("Torque")]
    [InlineData("Calibrate")]
    [InlineData("Commission")]
    [InlineData("Lubricate")]
    [InlineData("Reconcile")]
    [InlineData("Greet")]
    [InlineData("Model")]
    [InlineData("Post")]
    [InlineData("Set")]
    [InlineData("Bring")]
    [InlineData("Sing")]
    [InlineData("Process")]
    [InlineData("Address")]
    [InlineData("Organise")]
    [InlineData("Sanitise")]
    [InlineData("Co-ordinate")]
    [InlineData("Risk-assess")]
    [InlineData("Redraft")]
    [InlineData("Recheck")]
    [InlineData("Reorganise")]
    [InlineData("Sned")]
    [InlineData("Coppice")]
    [InlineData("Screed")]
    [InlineData("Deburr")]
    public void ABaseFormVerbIsAVerb(string word) => Assert.True(CommandVerbs.IsCommandVerb(word, LintConfig.Default));

    [Theory]
    [InlineData("Describes")]
    [InlineData("Describing")]
    [InlineData("Described")]
    [InlineData("Knowledge")]
    [InlineData("Understanding")]
    [InlineData("The")]
    [InlineData("Safely")]
    [InlineData("Learners")]
    [InlineData("Redrafts")]
    [InlineData("Rewrites")]
    [InlineData("Relation")]
    public void InflectionsNounsAndAdverbsAreNot(string word) => Assert.False(CommandVerbs.IsCommandVerb(word, LintConfig.Default));

    [Theory]
    [InlineData("Describing", "describe")]
    [InlineData("Describes", "describe")]
    [InlineData("Planned", "plan")]
    [InlineData("Led", "lead")]
    [InlineData("Processes", "process")]
    public void AnInflectionHasItsBaseForm(string word, string expected) => Assert.Equal(expected, EnglishVerbs.BaseOf(word));

    [Theory]
    [InlineData("Select the importance")]
    [InlineData("Hand over the importance")]
    [InlineData("Back up the importance")]
    [InlineData("Dispose of the importance")]
    [InlineData("Critically analyse the importance")]
    public void CriteriaStartingWithABaseVerbAreQuiet(string criterion) =>
        Assert.Empty(LintSeed("Assess the importance", criterion).Ids("UNITC1001"));

    [Theory]
    [InlineData("Describing the importance")]
    [InlineData("Describes the importance")]
    [InlineData("The role of the importance")]
    [InlineData("Knowledge of the importance")]
    [InlineData("Understanding of the importance")]
    [InlineData("Impact of the importance")]
    [InlineData("Safely use the importance")]
    public void CriteriaNotStartingWithABaseVerbAreFindings(string criterion) =>
        Assert.Equal(["4.1"], LintSeed("Assess the importance", criterion).Ids("UNITC1001"));

    [Theory]
    [InlineData("Clean and sanitise the importance", "Clean and sanitise")]
    [InlineData("Prepare and present the importance", "Prepare and present")]
    [InlineData("Plan and deliver the importance", "Plan and deliver")]
    [InlineData("Inspect and replace the importance", "Inspect and replace")]
    [InlineData("Plan, deliver and review the importance", "Plan, deliver and review")]
    public void DoubleActionsAreFoundForAnyVerbs(string criterion, string pair)
    {
        var finding = Assert.Single(LintSeed("Assess the importance", criterion), f => f.Diagnostic.Id == "UNITC1002" && f.CriterionId == "4.1");
        Assert.Contains($"'{pair}'", finding.Diagnostic.Message);
    }

    [Theory]
    [InlineData("Explain health and safety in the importance")]
    [InlineData("Assess roles and responsibilities in the importance")]
    public void OneVerbWithJoinedObjectsIsOneAction(string criterion) =>
        Assert.DoesNotContain(LintSeed("Assess the importance", criterion), f => f.Diagnostic.Id == "UNITC1002" && f.CriterionId == "4.1");
}
