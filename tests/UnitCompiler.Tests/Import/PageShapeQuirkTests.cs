using UnitCompiler.Spec;
using static UnitCompiler.Tests.ImportHelpers;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// Edges of the page-shape rules (a saved page's head, front matter, hard breaks, underscore italics,
/// container fences) that the generated exports do not reach, one at a time on top of the seed.
/// </summary>
public class PageShapeQuirkTests
{
    private const string Preamble = "This unit forms part of a regulated qualification.";
    private const string Requirement = "This is a knowledge and skill-based unit.";
    private static readonly string SeedSpec = SpecWriter.Write(ImportText(SeedText).Unit!);

    [Fact]
    public void FrontMatterAfterAByteOrderMarkIsHiddenAndNothingElseChanges()
    {
        var result = ImportText("\uFEFF---\nid: unit-5\ntags:\n  - care\n---\n" + SeedText);
        Assert.Equal(SeedSpec, SpecWriter.Write(result.Unit!));
        Assert.Equal(ImportText(SeedText).Diagnostics.Count(d => d.Id == "UNITC0101"), result.Diagnostics.Count(d => d.Id == "UNITC0101")); // the seed's own trailer only
    }

    [Fact]
    public void RulesRoundLinesThatAreNotYamlKeysAreNoFrontMatter()
    {
        // "Note to centres:" has a space in its key: no site's front matter, so the rules are artefacts and the words are kept.
        var result = ImportText("---\nNote to centres: read the guidance first\n---\n" + SeedText);
        Assert.True(result.Diagnostics.Count(d => d.Id == "UNITC0101") > ImportText(SeedText).Diagnostics.Count(d => d.Id == "UNITC0101"));
        Assert.Contains(result.Unit!.Preamble.Text, p => p.Value.Contains("read the guidance first", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadTagQuotedInProseHidesNothing()
    {
        var text = SeedText.Replace(Preamble, "Web pages keep a <head> and </head> apart from the body they show.");
        var preamble = ImportText(text).Unit!.Preamble.Text;
        Assert.Contains(preamble, p => p.Value.Contains("apart from the body they show.", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderElementIsNotAHead()
    {
        var text = SeedText.Replace("# Qualification Unit", "<html><body><header>\n\n# Qualification Unit\n\n</header>");
        Assert.Equal(SeedSpec, SpecWriter.Write(ImportText(text).Unit!));
    }

    [Fact]
    public void AHardBreakInsideAParagraphIsASpace()
    {
        var text = SeedText.Replace(Preamble, "This unit forms part\\\nof a regulated qualification.");
        Assert.Equal(Preamble, ImportText(text).Unit!.Preamble.Text[0].Value);
    }

    [Fact]
    public void UnderscoresInNamesAndAddressesStayCharacters()
    {
        var text = SeedText.Replace(Requirement, "Use record_of_learning and the _British National Formulary_, see https://x.org/_a_/ or [the guide](https://x.org/_b_/).");
        var assessment = ImportText(text).Unit!.Assessment.Text.Select(p => p.Value).ToList();
        Assert.Contains("Use record_of_learning and the *British National Formulary*, see https://x.org/_a_/ or [the guide](https://x.org/_b_/).", assessment);
    }

    [Fact]
    public void PandocFencedDivIsAFenceAndATitledFenceIsKept()
    {
        var text = SeedText.Replace(Requirement, "::: {.callout}\n\n" + Requirement + "\n\n:::\n\n:::tip Remember the principles");
        var assessment = ImportText(text).Unit!.Assessment.Text.Select(p => p.Value).ToList();
        Assert.Contains(Requirement, assessment);
        Assert.DoesNotContain(assessment, p => p.StartsWith("::: ", StringComparison.Ordinal) || p == ":::");
        Assert.Contains(assessment, p => p.Contains("Remember the principles", StringComparison.Ordinal)); // a title is shown: kept
    }
}
