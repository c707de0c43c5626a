using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>The model's rules, each raised from a spec that breaks it once (specs and imports share them).</summary>
public class ModelRuleTests
{
    private static readonly string SeedSpec = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml"));

    /// <summary>The seed spec with one edit; the edit must apply, or the test would prove nothing.</summary>
    private static string Only(string id, string from, string to)
    {
        Assert.Contains(from, SeedSpec);
        var result = SpecReader.Read(new SourceText("spec.yaml", SeedSpec.Replace(from, to)));
        var d = Assert.Single(result.Diagnostics, d => d.Id == id);
        return d.ToString();
    }

    [Fact]
    public void MalformedReference() =>
        Assert.Equal("spec.yaml(4,8): warning UNITC0202: reference number 'L-652-0848' is not of the form L/652/0848", Only("UNITC0202", "ref: L/652/0848", "ref: L-652-0848"));

    [Fact]
    public void MissingTitle() =>
        Assert.StartsWith("spec.yaml(5,", Only("UNITC0203", "title: Leading Person-centred Practice in Adult Care", "title: \" \""));

    [Fact]
    public void OutcomeWithoutCriteria() =>
        Assert.EndsWith("error UNITC0207: outcome 8 has no assessment criteria", Only("UNITC0207", "\nassessment:\n", "\n  - id: \"8\"\n    text: Understand nothing yet\n    kind: knowledge\n    criteria: []\nassessment:\n"));

    [Fact]
    public void SkillOutcomeThatDoesNotExist() =>
        Assert.EndsWith("warning UNITC0209: the assessment requirements name outcome 9, which the unit does not have", Only("UNITC0209", "skill_outcomes: [\"3\", \"5\", \"7\"]", "skill_outcomes: [\"3\", \"5\", \"7\", \"9\"]"));

    [Fact]
    public void IndicativeContentForUnknownCriterion() =>
        Assert.EndsWith("warning UNITC0210: indicative content refers to criterion 2.9, which the unit does not have", Only("UNITC0210", "- criterion: \"2.1\"", "- criterion: \"2.9\""));
}
