using UnitCompiler.Lint;
using UnitCompiler.Lint.Rules;
using static UnitCompiler.Tests.Lint.LintTestHelpers;

namespace UnitCompiler.Tests.Lint;

/// <summary>UNITC1021 from SCOWL's variant pairs, with the words whose UK spelling depends on their sense.</summary>
public class SpellingTests
{
    [Theory]
    [InlineData("aluminum", "aluminium")]
    [InlineData("centered", "centred")]
    [InlineData("Behavior", "Behaviour")]
    [InlineData("pediatric", "paediatric")]
    [InlineData("emphasizing", "emphasising")]
    [InlineData("analyze", "analyse")]
    [InlineData("practiced", "practised")]
    [InlineData("fulfill", "fulfil")]
    [InlineData("gray", "grey")]
    public void AUsSpellingHasItsUkForm(string us, string uk) => Assert.Equal(uk, UsSpellingRule.Suggest(us));

    [Theory]
    [InlineData("practise")]
    [InlineData("licence")]
    [InlineData("disk")]
    [InlineData("inquiry")]
    [InlineData("size")]
    [InlineData("colour")]
    public void UkSpellingsAreNotFindings(string word) => Assert.Null(UsSpellingRule.Suggest(word));

    [Theory]
    [InlineData("Write a computer program for the task", "program", null)]
    [InlineData("Edit the PLC program safely", "program", null)]
    [InlineData("Plan the training program for staff", "program", "programme")]
    [InlineData("Explain how to practice safe hygiene", "practice", "practise")]
    [InlineData("Practice hand hygiene at work", "Practice", "Practise")]
    [InlineData("Explain good practice in care", "practice", null)]
    [InlineData("Check the driving license of the driver", "license", "licence")]
    [InlineData("Explain who may license premises", "license", null)]
    [InlineData("Explain the court judgment in the case", "judgment", null)]
    [InlineData("Use professional judgment at work", "judgment", "judgement")]
    public void SenseDecidesSomeSpellings(string text, string word, string? expected) =>
        Assert.Equal(expected, UsSpellingRule.Suggest(text, text.IndexOf(word, StringComparison.Ordinal), word.Length, SpellingStyle.British));

    [Fact]
    public void OxfordSpellingAcceptsIzeButNotYze()
    {
        Assert.Null(UsSpellingRule.Suggest("organize", SpellingStyle.Oxford));
        Assert.Null(UsSpellingRule.Suggest("operationalize", SpellingStyle.Oxford));
        Assert.Equal("analyse", UsSpellingRule.Suggest("analyze", SpellingStyle.Oxford));
        Assert.Equal("colour", UsSpellingRule.Suggest("color", SpellingStyle.Oxford));
        Assert.Equal("organise", UsSpellingRule.Suggest("organize", SpellingStyle.British));
    }

    [Fact]
    public void AKeyTermSpeltAsAVariantOfItsDefinitionIsASpellingFinding()
    {
        var findings = LintSeed("**person-centred practice**", "**person-centered practice**");
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "UNITC1010");
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1011" && f.Diagnostic.Message.StartsWith("key term 'person-centered practice'", StringComparison.Ordinal));
    }

    [Fact]
    public void UsSpellingFindingsCarryTheirFix()
    {
        var unit = Edited("Facilitate a person-centred approach", "Facilitate a person-centered approach");
        var finding = Assert.Single(LintUnit(unit), f => f.Diagnostic.Id == "UNITC1021");
        Assert.Equal("centered", finding.Fix!.Original);
        Assert.Equal("centred", finding.Fix.Replacement);
    }
}
