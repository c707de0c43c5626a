using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Tests.Import;

public class SeedImportTests
{
    private static readonly LoadedInput Result = InputLoader.LoadExport(TestPaths.Seed("000_49d6381e8fb9538e.txt"));
    private static Unit Unit => Result.Unit!;

    [Fact]
    public void SeedImportsWithoutErrorsAndOnlyTheTrailerWarning()
    {
        // seeds/000_49d6381e8fb9538e.txt(88,1): warning UNITC0101: a table-rule artefact of the export was dropped
        var d = Assert.Single(Result.Diagnostics);
        Assert.Equal("UNITC0101", d.Id);
        Assert.Equal(87, d.Location.Line);
    }

    [Fact]
    public void SeedHasItsMetadata()
    {
        Assert.Equal("L/652/0848", Unit.Header.Ref);
        Assert.Equal("Leading Person-centred Practice in Adult Care", Unit.Header.Title.Value);
        Assert.Equal((5, 5, 26), (Unit.Header.Level, Unit.Header.Credit, Unit.Header.GuidedLearningHours));
    }

    [Fact]
    public void SeedHasSevenOutcomesAndTwentyFourCriteriaWithSubItemsAndTerms()
    {
        Assert.Equal(7, Unit.Outcomes.Length);
        Assert.Equal(24, Unit.Criteria.Count());
        Assert.Equal([2, 3, 6, 3, 3, 4, 3], Unit.Outcomes.Select(o => o.Criteria.Length).ToArray());
        var c11 = Unit.FindCriterion("1.1")!;
        Assert.Equal(["a", "b", "c", "d", "e"], c11.Items.Select(i => i.Id).ToArray());
        Assert.Equal("**strength-based approaches**", c11.Items[0].Text.Value);
        Assert.Equal(["strength-based approaches", "co-production", "person-centred practice", "active participation", "outcomes-based practice"], c11.Terms.Select(t => t.Value).ToArray());
        Assert.Equal(["partnerships, collaboration and co-production", "individuals", "others"], Unit.FindCriterion("2.1")!.Terms.Select(t => t.Value).ToArray());
        Assert.Equal(2, Unit.FindCriterion("3.6")!.Items.Length);
    }

    [Fact]
    public void OutcomeKindsComeFromStemsAndAgreeWithTheAssessmentRequirements()
    {
        Assert.Equal(["3", "5", "7"], Unit.Assessment.SkillOutcomes.ToArray());
        Assert.Equal(["3", "5", "7"], Unit.Outcomes.Where(o => o.Kind == OutcomeKind.Skill).Select(o => o.Id).ToArray());
        Assert.Equal(5, Unit.Assessment.Text.Length);
    }

    [Fact]
    public void SeedHasFifteenDefinitionsUnderSevenCriteria()
    {
        Assert.Equal(["1.1", "2.1", "2.2", "2.3", "5.2", "6.3", "6.4"], Unit.IndicativeContent.Select(c => c.CriterionId).ToArray());
        Assert.Equal(15, Unit.Definitions.Count());
        Assert.Equal(
            ["Partnerships", "Collaboration", "Co-production", "Individuals", "Others"],
            Unit.IndicativeContent.Single(c => c.CriterionId == "2.1").Definitions.Select(d => d.Term.Value).ToArray());
    }

    [Fact]
    public void DefinitionBrokenByAPageBreakIsJoinedAndTheLooseParagraphStaysWithItsCriterion()
    {
        var content = Unit.IndicativeContent.Single(c => c.CriterionId == "2.1");
        var coProduction = content.Definitions.Single(d => d.Term.Value == "Co-production");
        Assert.EndsWith("implement those decisions together.", coProduction.Text.Value);
        var note = Assert.Single(content.Notes);
        Assert.StartsWith("Co-production recognises that people", note.Value);
    }

    [Fact]
    public void BulletedHtmlListItemsLoseTheirBullet()
    {
        var others = Unit.IndicativeContent.Single(c => c.CriterionId == "6.4").Definitions.Single();
        Assert.Equal(8, others.Items.Length);
        Assert.Equal("carers, loved ones, family, friends of those accessing care and support services", others.Items[0].Value);
        Assert.Equal("volunteers.", others.Items[^1].Value);
    }

    [Fact]
    public void SpecMatchesTheCommittedExpectedSpec() =>
        Golden.AssertMatches("Expected/L-652-0848.yaml", SpecWriter.Write(Unit));

    [Fact]
    public void TwoImportsAreByteIdentical()
    {
        var again = InputLoader.LoadExport(TestPaths.Seed("000_49d6381e8fb9538e.txt")).Unit!;
        Assert.Equal(SpecWriter.Write(Unit), SpecWriter.Write(again));
    }

    [Fact]
    public void NoHtmlTagOrEntitySurvivesIntoTheSpec()
    {
        var yaml = SpecWriter.Write(Unit);
        Assert.DoesNotMatch(@"<\/?[a-zA-Z][^>]*>", yaml);
        Assert.DoesNotMatch(@"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", yaml);
        Assert.Contains("individuals' strengths", yaml);
        Assert.Contains("Skills for Care & Development", yaml);
    }

    [Fact]
    public void NothingIsLost()
    {
        var missing = LosslessCheck.MissingWords(ImportHelpers.SeedText, Unit);
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
    }

    [Fact]
    public void LosslessCheckNamesWordsThatAreMissing()
    {
        var withoutNote = Unit with { IndicativeContent = [.. Unit.IndicativeContent.Select(c => c with { Notes = [] })] };
        var missing = LosslessCheck.MissingWords(ImportHelpers.SeedText, withoutNote);
        Assert.Contains("recognises", missing.Keys);
        Assert.Equal(1, missing["families"]);
    }

    [Fact]
    public void PositionsPointIntoTheExport()
    {
        // "person centred" in 6.2 must be found where the text file has it, for lint to report it there.
        var text = ImportHelpers.SeedText;
        var c62 = Unit.FindCriterion("6.2")!;
        var index = c62.Text.Value.IndexOf("person centred", StringComparison.Ordinal);
        var location = c62.Text.Origin.Locate(index)!;
        var expectedLine = ImportHelpers.LineOf(text, "6.2 Describe");
        var lineText = text.Split('\n')[expectedLine - 1];
        Assert.Equal(expectedLine - 1, location.Line);
        Assert.Equal(lineText.IndexOf("person centred", StringComparison.Ordinal), location.Column);
    }
}
