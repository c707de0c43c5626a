using UnitCompiler.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Qualifications;

/// <summary>The rules of combination as a centre reads them, generated from the data for every kind of group rule.</summary>
public class CombinationRulesTextTests
{
    private static readonly Dictionary<string, UnitFacts> Facts = new()
    {
        ["A/100/0001"] = new("A/100/0001", "Leading a team", 5, 6, 30),
        ["A/100/0002"] = new("A/100/0002", "Managing budgets", 4, 3, 20),
        ["A/100/0003"] = new("A/100/0003", "A/100/0003", 3, 1, 8), // declared without a title
    };

    private static UnitGroup Group(string id, string title, bool mandatory = false, int? minCredits = null, int? maxCredits = null, int? minUnits = null, int? maxUnits = null, params string[] units) =>
        new(id, new LocatedText(title), mandatory, minCredits, maxCredits, minUnits, maxUnits, [.. units.Select(u => new UnitReference(u))]);

    [Theory]
    [InlineData(true, null, null, null, null, "all 9 credits")]
    [InlineData(false, 4, null, null, null, "at least 4 credits")]
    [InlineData(false, null, 6, null, null, "up to 6 credits")]
    [InlineData(false, 3, 9, null, null, "3 to 9 credits")]
    [InlineData(false, 3, 3, null, null, "exactly 3 credits")]
    [InlineData(false, null, null, 1, null, "at least 1 unit")]
    [InlineData(false, 2, null, null, 2, "at least 2 credits and up to 2 units")]
    [InlineData(false, null, null, null, null, "any units")]
    public void EachGroupRuleReadsAsEnglish(bool mandatory, int? minCredits, int? maxCredits, int? minUnits, int? maxUnits, string expected) =>
        Assert.Equal(expected, CombinationRulesText.GroupRule(Group("M", "Mandatory units", mandatory, minCredits, maxCredits, minUnits, maxUnits, "A/100/0001", "A/100/0002"), Facts));

    [Fact]
    public void TheSentencesNameTheTotalTheGroupsTheLevelRuleAndTheBarredPair()
    {
        var q = new Qualification(
            new QualificationHeader("603/1234/5", new LocatedText("Level 4 Certificate in Management"), 4, 130, 58, 13),
            [Group("M", "Mandatory units", true, units: "A/100/0001"), Group("B", "Optional group B", minCredits: 3, units: ["A/100/0002", "A/100/0003"])],
            new CombinationRules(10, [new LevelRule(4, 9)], [new BarredPair("A/100/0001", "A/100/0003")]),
            []);

        Assert.Equal(
            [
                "Learners must achieve a minimum of 10 credits: all 6 credits from Mandatory units (group M) and at least 3 credits from Optional group B.",
                "At least 9 credits must come from units at level 4 or above.",
                "A/100/0001 Leading a team may not be taken with A/100/0003.",
            ],
            CombinationRulesText.Sentences(q, Facts));
        Assert.Equal("Learners must achieve: all 6 credits from Mandatory units (group M) and at least 3 credits from Optional group B.", CombinationRulesText.Sentences(q with { Rules = CombinationRules.None }, Facts)[0]);
    }
}
