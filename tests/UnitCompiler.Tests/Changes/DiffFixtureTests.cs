using System.Text.Json;
using Json.Schema;
using UnitCompiler.Changes;
using UnitCompiler.Changes.Output;

namespace UnitCompiler.Tests.Changes;

/// <summary>Each fixture pair reported as the change it is, not as a deletion plus an addition.</summary>
public class DiffFixtureTests
{
    // A schema registers itself by its $id once per process.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diff.schema.json"))));

    public static TheoryData<string> Cases => [.. DiffFixtures.Cases];

    [Fact]
    public void ARenumberingIsReportedAsSuch()
    {
        var set = DiffFixtures.Diff("renumbered");
        Assert.Collection(
            set.Changes,
            c => Assert.Equal((ChangeKind.CriterionRenumbered, "2.2", "2.3"), (c.Kind, c.OldId, c.NewId)),
            c => Assert.Equal((ChangeKind.CriterionRenumbered, "2.3", "2.4"), (c.Kind, c.OldId, c.NewId)),
            c => Assert.Equal((ChangeKind.CriterionAdded, "2.2"), (c.Kind, c.Subject)));
        Assert.Contains(set.Changes, c => c.Summary == "Assessment criterion 2.2 is now 2.3");
        Assert.All(set.Changes, c => Assert.Equal(ChangeClass.Material, c.Class));
    }

    [Fact]
    public void AMovedCriterionIsReportedAsAMove()
    {
        var change = Assert.Single(DiffFixtures.Diff("moved").Changes);
        Assert.Equal((ChangeKind.CriterionMoved, "2.3", "4.4"), (change.Kind, change.OldId, change.NewId));
        Assert.Equal("Assessment criterion 2.3 moved to learning outcome 4 as 4.4", change.Summary);
    }

    [Fact]
    public void APureSpellingFixIsEditorial()
    {
        var set = DiffFixtures.Diff("spelling");
        Assert.Equal(2, set.Changes.Length);
        Assert.All(set.Changes, c =>
        {
            Assert.Equal(ChangeKind.CriterionReworded, c.Kind);
            Assert.Equal(ChangeClass.Editorial, c.Class);
            Assert.Equal(EditorialText.Spelling, c.EditorialReason);
        });
        Assert.False(set.HasMaterial);
    }

    [Fact]
    public void AOneWordChangeOfMeaningIsMaterial()
    {
        var change = Assert.Single(DiffFixtures.Diff("meaning").Changes);
        Assert.Equal((ChangeKind.CriterionReworded, ChangeClass.Material, "2.2"), (change.Kind, change.Class, change.Subject));
        Assert.Null(change.EditorialReason);
        Assert.Equal([new WordEdit(WordOp.Delete, "Assess"), new WordEdit(WordOp.Insert, "Describe")], change.Words.Take(2));
    }

    [Fact]
    public void MetadataChangesAreEachReported()
    {
        var set = DiffFixtures.Diff("metadata");
        Assert.Equal(
            [(ChangeKind.LevelChanged, ChangeClass.Material), (ChangeKind.CreditChanged, ChangeClass.Material), (ChangeKind.GlhChanged, ChangeClass.Material), (ChangeKind.VersionChanged, ChangeClass.Editorial)],
            set.Changes.Select(c => (c.Kind, c.Class)));
        Assert.Equal("Credit value changed from 5 to 6", set.Changes[1].Summary);
    }

    [Fact]
    public void SubItemsAreComparedWithinTheirCriterion()
    {
        var set = DiffFixtures.Diff("items");
        Assert.Equal([(ChangeKind.ItemReworded, "3.5b"), (ChangeKind.ItemAdded, "3.5c")], set.Changes.Select(c => (c.Kind, c.Subject)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TextAndMarkdownMatchTheirGoldenFiles(string name)
    {
        var set = DiffFixtures.Diff(name);
        Golden.AssertMatches(Path.Combine("Expected", "diff", name + ".txt"), ChangeTextWriter.Write(set));
        Golden.AssertMatches(Path.Combine("Expected", "diff", name + ".md"), ChangeMarkdownWriter.Write(set));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void JsonOutputIsValidAgainstTheDocumentedSchema(string name)
    {
        var schema = Schema.Value;
        using var json = JsonDocument.Parse(ChangeJsonWriter.Write(DiffFixtures.Diff(name)));
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.NotEmpty(json.RootElement.GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public void TheSchemaRejectsAKindUnitcDoesNotHave()
    {
        // The validation above proves nothing if the schema let anything through.
        var schema = Schema.Value;
        var text = ChangeJsonWriter.Write(DiffFixtures.Diff("meaning")).Replace("criterion-reworded", "criterion-rewritten", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.False(schema.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void TheSchemaNamesEveryKindAndNoOther()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diff.schema.json")));
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("change").GetProperty("properties").GetProperty("kind").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(ChangeKinds.All.Select(ChangeKinds.Name), kinds);
    }

    [Fact]
    public void ASpecComparedWithItselfHasNoChanges()
    {
        var (before, _) = DiffFixtures.Load("meaning");
        var set = CatalogueDiffer.Diff(before.Catalogue, before.Catalogue);
        Assert.True(set.IsEmpty);
        Assert.Equal("No changes.\n", ChangeTextWriter.Write(set));
    }
}
