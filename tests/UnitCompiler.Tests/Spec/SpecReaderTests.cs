using UnitCompiler.Project;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

public class SpecReaderTests
{
    private static readonly string SeedSpec = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml"));

    private static SpecReadResult Read(string yaml) => SpecReader.Read(new SourceText("spec.yaml", yaml));

    [Fact]
    public void SeedSpecLoadsAndWritesBackByteIdentical()
    {
        var result = Read(SeedSpec);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(SeedSpec, SpecWriter.Write(result.Unit!));
    }

    [Fact]
    public void PositionsPointIntoTheYaml()
    {
        var unit = Read(SeedSpec).Unit!;
        var c62 = unit.FindCriterion("6.2")!;
        var location = c62.Text.Origin.Locate(c62.Text.Value.IndexOf("person centred", StringComparison.Ordinal))!;
        var lines = SeedSpec.Split('\n');
        Assert.Equal("person centred", lines[location.Line].Substring(location.Column, "person centred".Length));
    }

    [Fact]
    public void QuotedScalarsMapPositionsThroughEscapes()
    {
        var yaml = SeedSpec.Replace("text: Describe the impact of a risk-averse culture on person centred", "text: \"Describe \\\"the\\\" impact of a risk-averse culture on person centred");
        yaml = yaml.Replace("wellbeing of individuals\n        items: []\n        terms: []\n      - id: \"6.3\"", "wellbeing of individuals\"\n        items: []\n        terms: []\n      - id: \"6.3\"");
        var c62 = Read(yaml).Unit!.FindCriterion("6.2")!;
        var location = c62.Text.Origin.Locate(c62.Text.Value.IndexOf("person centred", StringComparison.Ordinal))!;
        Assert.Equal("person centred", yaml.Split('\n')[location.Line].Substring(location.Column, 14));
    }

    [Fact]
    public void YamlSyntaxErrorHasLineAndColumn()
    {
        var yaml = SeedSpec.Replace("  level: 5\n", "  level: [5\n");
        var d = Assert.Single(Read(yaml).Diagnostics);
        Assert.Equal("UNITC0220", d.Id);
        Assert.True(d.Location.HasLine);
        Assert.DoesNotContain("Line:", d.Message);
    }

    [Theory]
    [InlineData("  - id: \"1\"\n", "  - id: \"LO1\"\n", "'LO1' is not a well-formed outcome id")]
    [InlineData("          - id: a\n", "          - id: A)\n", "'A)' is not a well-formed sub-item id")]
    [InlineData("skill_outcomes: [\"3\", ", "skill_outcomes: [\"3a\", ", "'3a' is not a well-formed outcome id")]
    [InlineData("  - criterion: \"2.1\"\n", "  - criterion: \"AC2.1\"\n", "'AC2.1' is not a well-formed criterion")]
    public void MalformedIdIsAnError(string find, string replace, string message)
    {
        var at = SeedSpec.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var yaml = string.Concat(SeedSpec.AsSpan(0, at), replace, SeedSpec.AsSpan(at + find.Length));

        var result = Read(yaml);

        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0229");
        Assert.StartsWith(message, d.Message);
        Assert.True(d.Location.HasLine);
    }

    [Fact]
    public void UnknownKeyIsAnError()
    {
        var yaml = SeedSpec.Replace("  glh: 26\n", "  gl: 26\n");
        var d = Assert.Single(Read(yaml).Diagnostics, d => d.Id == "UNITC0221");
        Assert.Equal("spec.yaml(8,3): error UNITC0221: unknown key 'gl' in unit (did you mean 'glh'?)", d.ToString());
    }

    [Fact]
    public void MissingKeyIsAnError()
    {
        var yaml = SeedSpec.Replace("    kind: knowledge\n", "\n");
        Assert.Contains(Read(yaml).Diagnostics, d => d.Id == "UNITC0222" && d.Message.Contains("outcome 1 needs a 'kind' key"));
    }

    [Fact]
    public void WrongTypeIsAnError()
    {
        var result = Read(SeedSpec.Replace("  level: 5\n", "  level: five\n").Replace("kind: skill", "kind: practical"));
        Assert.Equal(4, result.Diagnostics.Count(d => d.Id == "UNITC0223"));
        Assert.Null(result.Unit);
    }

    [Fact]
    public void UnsupportedVersion() =>
        Assert.Equal("UNITC0224", Assert.Single(Read(SeedSpec.Replace("unitc: 4\n", "unitc: 5\n")).Diagnostics).Id);

    [Fact]
    public void AliasBombIsRefused()
    {
        var bomb = "unitc: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n";
        var d = Assert.Single(Read(bomb).Diagnostics);
        Assert.Equal("UNITC0225", d.Id);
    }

    [Fact]
    public void DeepNestingIsRefused()
    {
        var deep = "unitc: 1\nunit: " + new string('[', 1000) + new string(']', 1000) + "\n";
        Assert.Equal("UNITC0226", Assert.Single(Read(deep).Diagnostics).Id);
    }

    [Fact]
    public void TermsOutOfStepWarn()
    {
        var result = Read(SeedSpec.Replace("terms: [relationships, community]", "terms: [relationships]"));
        Assert.False(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0227" && d.Message.Contains("criterion 2.2"));
    }

    [Fact]
    public void ModelRulesApplyToSpecsToo()
    {
        var result = Read(SeedSpec.Replace("- id: \"2.3\"", "- id: \"2.2\""));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0204");
        Assert.Null(result.Unit);
    }

    [Fact]
    public void CommittedSchemaIsTheEmbeddedSchema()
    {
        Assert.Equal(SpecSchema.Text, File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "spec", SpecSchema.FileName)));
        using var doc = System.Text.Json.JsonDocument.Parse(SpecSchema.Text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void CommittedSeedSpecIsCanonical()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml");
        var result = InputLoader.LoadSpec(path);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllText(path), SpecWriter.Write(result.Unit!));
    }
}
