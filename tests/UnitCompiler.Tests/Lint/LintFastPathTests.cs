using static UnitCompiler.Tests.Lint.LintTestHelpers;

namespace UnitCompiler.Tests.Lint;

/// <summary>
/// The rules that skip work (a text that cannot hold a compound, a word scanner instead of a regex)
/// find what the plain regexes found, including in texts outside ASCII.
/// </summary>
public class LintFastPathTests
{
    [Theory]
    [InlineData("a PERSON CENTRED approach")]
    [InlineData("a Person Centred approach in the café")] // the text is not ASCII
    public void CompoundIsFoundWhateverTheCaseAndCharacters(string replacement)
    {
        var findings = LintSeed("Facilitate a person-centred approach", "Facilitate " + replacement);
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2" && f.Diagnostic.Message.StartsWith("'" + replacement[2..16] + "'", StringComparison.Ordinal));
    }

    /// <summary>
    /// The open form is searched for with a plain ignore-case search, not a regex built from the
    /// compound: a 6,000-letter "compound" from the spec fuzzer made the regex engine refuse to
    /// build its automaton, and the exception escaped lint.
    /// </summary>
    [Fact]
    public void LongCompoundIsSearchedWithoutARegex()
    {
        var half = new string('x', 6000);
        var findings = LintSeed("Facilitate a person-centred approach", $"Facilitate a {half}-{half} and a {half} {half} approach");
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2");
    }

    [Theory]
    [InlineData("person centredness")]
    [InlineData("_person centred")]
    [InlineData("person centred2")]
    public void OpenFormInsideALongerWordIsNotACompound(string replacement)
    {
        var findings = LintSeed("Facilitate a person-centred approach", "Facilitate a " + replacement + " approach");
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2");
    }

    [Theory]
    [InlineData("café Café", true)]
    [InlineData("über über", true)]
    [InlineData("2 2", false)]
    [InlineData("care careful", false)]
    [InlineData("care, care", false)]
    public void DoubledWordsOutsideAscii(string words, bool reported)
    {
        var findings = LintSeed("Facilitate a person-centred approach", $"Facilitate a {words} approach");
        Assert.Equal(reported, findings.Any(f => f.Diagnostic.Id == "UNITC1022" && f.CriterionId == "7.2"));
    }
}
