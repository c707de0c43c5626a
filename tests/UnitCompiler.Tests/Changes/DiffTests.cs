using System.Text;
using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Changes;

/// <summary>The kinds of change the fixture pairs do not cover, made on the seed unit and the sample diploma.</summary>
public class DiffTests
{
    private static Unit Seed => DiffFixtures.Load("meaning").Before.Catalogue.Units[0];

    private static Qualification Diploma()
    {
        var (q, diagnostics) = QualificationReader.Read(new SourceText("diploma.yaml", File.ReadAllText(TestPaths.TestFile("qualifications", "diploma.yaml"))));
        Assert.Empty(diagnostics.Where(d => d.IsError));
        return q!;
    }

    private static Unit WithCriterion(Unit unit, string id, Func<AssessmentCriterion, AssessmentCriterion> edit) =>
        unit with { Outcomes = [.. unit.Outcomes.Select(o => o with { Criteria = [.. o.Criteria.Select(c => c.Id == id ? edit(c) : c)] })] };

    [Fact]
    public void AnOutcomeThatChangesKindIsMaterial()
    {
        var now = Seed with
        {
            Outcomes = [.. Seed.Outcomes.Select(o => o.Id == "4" ? o with { Kind = OutcomeKind.Skill } : o)],
        };
        var change = Assert.Single(UnitDiffer.Diff(Seed, now));
        Assert.Equal((ChangeKind.OutcomeKindChanged, ChangeClass.Material, "4"), (change.Kind, change.Class, change.Subject));
        Assert.Equal("Learning outcome 4 is now skill based (was knowledge based)", change.Summary);
    }

    [Fact]
    public void ARenumberedOutcomeCarriesItsCriteriaWithoutAChangeEach()
    {
        // Outcomes 6 and 7 swap places: two outcome renumberings, no criterion renumbering.
        var o6 = Seed.FindOutcome("6")!;
        var o7 = Seed.FindOutcome("7")!;
        LearningOutcome Renumber(LearningOutcome o, string id) => o with { Id = id, Criteria = [.. o.Criteria.Select(c => c with { Id = $"{id}.{CriterionId.Parse(c.Id).Number}" })] };
        var now = Seed with { Outcomes = [.. Seed.Outcomes.Take(5), Renumber(o7, "6"), Renumber(o6, "7")] };
        var changes = UnitDiffer.Diff(Seed, now);
        Assert.Equal([(ChangeKind.OutcomeRenumbered, "6", "7"), (ChangeKind.OutcomeRenumbered, "7", "6")], changes.Select(c => (c.Kind, c.OldId!, c.NewId!)));
    }

    [Fact]
    public void DefinitionsAssessmentAndGuidanceAreCompared()
    {
        var content = Seed.IndicativeContent;
        var first = content.First(c => !c.Definitions.IsEmpty);
        var definition = first.Definitions[0];
        var edited = first with { Definitions = [definition with { Text = new LocatedText(definition.Text.Value + " and advocates") }, .. first.Definitions.Skip(1)] };
        var now = Seed with
        {
            IndicativeContent = [.. content.Select(c => c == first ? edited : c)],
            Assessment = Seed.Assessment with { Text = [.. Seed.Assessment.Text, new LocatedText("Simulation is not permitted.")] },
        };
        var changes = UnitDiffer.Diff(Seed, now);
        Assert.Equal([ChangeKind.DefinitionReworded, ChangeKind.AssessmentChanged], changes.Select(c => c.Kind));
        Assert.All(changes, c => Assert.Equal(ChangeClass.Material, c.Class));
        Assert.Equal(definition.Term.Value, changes[0].Subject);
    }

    [Fact]
    public void ABoldMarkerCaseAndPunctuationAreEditorial()
    {
        Assert.Equal(EditorialText.Markers, EditorialText.Reason("Assess **own** role", "Assess own role"));
        Assert.Equal(EditorialText.Case, EditorialText.Reason("Assess own role", "assess own Role"));
        Assert.Equal(EditorialText.Punctuation, EditorialText.Reason("Assess own role, and others", "Assess own role and others."));
        Assert.Equal(EditorialText.Spelling, EditorialText.Reason("Minimise the colour of behaviour", "Minimize the color of behavior"));
        Assert.Equal(EditorialText.Whitespace, EditorialText.Reason("Assess  own role", "Assess own role"));
        Assert.Null(EditorialText.Reason("Assess own role", "Assess own roles"));
        Assert.Null(EditorialText.Reason("Report concerns", "Record concerns"));
    }

    [Fact]
    public void AReferenceThatChangedIsMatchedByContent()
    {
        var now = Seed with { Header = Seed.Header with { Ref = "Y/652/0848" } };
        var set = CatalogueDiffer.Diff(new Catalogue([Seed], []), new Catalogue([now], []));
        var change = Assert.Single(set.Changes);
        Assert.Equal((ChangeKind.UnitReferenceChanged, "L/652/0848", "Y/652/0848"), (change.Kind, change.OldId, change.NewId));
    }

    [Fact]
    public void UnitsAddedAndRemoved()
    {
        var other = Seed with { Header = Seed.Header with { Ref = "T/601/1234", Title = new LocatedText("Something else entirely") }, Outcomes = [] };
        var set = CatalogueDiffer.Diff(new Catalogue([other], []), new Catalogue([Seed], []));
        Assert.Equal([(ChangeKind.UnitAdded, "L/652/0848"), (ChangeKind.UnitRemoved, "T/601/1234")], set.Changes.Select(c => (c.Kind, c.Owner)));
    }

    [Fact]
    public void QualificationGroupsRulesAndBarredPairs()
    {
        var before = Diploma();
        var a = before.Groups[1];
        var after = before with
        {
            Groups = [before.Groups[0], a with { MinCredits = 12, Units = [.. a.Units.Where(u => u.Ref != "A/200/0004")] }, before.Groups[2]],
            Rules = before.Rules with { MinCredits = 38, Barred = [new BarredPair("B/300/0003", "A/200/0002"), new BarredPair("A/200/0001", "B/300/0001")] },
        };
        var changes = QualificationDiffer.Diff(before, after);
        Assert.Equal(
            [ChangeKind.GroupChanged, ChangeKind.GroupUnitRemoved, ChangeKind.RuleChanged, ChangeKind.BarredPairAdded],
            changes.Select(c => c.Kind));
        Assert.Equal("Unit A/200/0004 deleted from group A", changes[1].Summary);
        Assert.All(changes, c => Assert.Equal((ChangeClass.Material, ChangeScope.Qualification), (c.Class, c.Scope)));
    }

    [Fact]
    public void ClassesAreSetFromUnitcYaml()
    {
        var diagnostics = new DiagnosticBag();
        var config = ProjectConfigReader.Read(new SourceText("unitc.yaml", "diff:\n  editorial: [criterion-renumbered]\n  material: guidance-changed\n  base: main\n"), diagnostics);
        Assert.Empty(diagnostics.ToImmutable());
        Assert.Equal("main", config.Diff.Base);
        var set = DiffFixtures.Diff("renumbered", config.Diff);
        Assert.Equal([ChangeClass.Editorial, ChangeClass.Editorial, ChangeClass.Material], set.Changes.Select(c => c.Class));
    }

    [Fact]
    public void AnUnknownKindInUnitcYamlIsAWrongType()
    {
        var diagnostics = new DiagnosticBag();
        ProjectConfigReader.Read(new SourceText("unitc.yaml", "diff:\n  material: [criterion-rewritten]\n"), diagnostics);
        Assert.Contains(diagnostics.ToImmutable(), d => d.Descriptor == DiagnosticCatalog.WrongType && d.Message.Contains("diff.material", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoSpecsOfOneUnitOnOneSide()
    {
        var bytes = Encoding.UTF8.GetBytes(SpecWriter.Write(Seed));
        var diagnostics = new DiagnosticBag();
        var loaded = CatalogueLoader.Load([("spec/a.yaml", bytes), ("spec/b.yaml", bytes)], InputLimits.Default, diagnostics);
        Assert.Single(loaded.Catalogue.Units);
        var d = Assert.Single(diagnostics.ToImmutable());
        Assert.Equal(("UNITC0604", "spec/b.yaml"), (d.Id, d.Location.Path));
        Assert.Equal("unit L/652/0848 is also in spec/a.yaml; this spec is left out of the comparison", d.Message);
    }

    [Fact]
    public void AQualificationSpecIsReadAsAQualification()
    {
        var diagnostics = new DiagnosticBag();
        var loaded = CatalogueLoader.Load([("q.yaml", File.ReadAllBytes(TestPaths.TestFile("qualifications", "diploma.yaml")))], InputLimits.Default, diagnostics);
        Assert.Empty(diagnostics.ToImmutable());
        Assert.Equal("603/1234/5", Assert.Single(loaded.Catalogue.Qualifications).Header.Number);
    }

    [Fact]
    public void HistoryIsDraftedFromTheChanges()
    {
        var (before, after) = DiffFixtures.Load("spelling");
        var now = after.Catalogue.Units[0];
        now = WithCriterion(now, "2.2", c => c with { Text = new LocatedText("Describe" + c.Text.Value["Assess".Length..]) });
        var next = new Catalogue([now with { Header = now.Header with { Version = null } }], []);
        var set = CatalogueDiffer.Diff(before.Catalogue, next);
        var draft = Assert.Single(HistoryDrafter.Draft(set, before.Catalogue, next, new DateOnly(2026, 3, 1)));
        Assert.Equal("1.1", draft.Version);
        Assert.Equal([("Assessment criterion 2.2 reworded", "2.2"), ("Editorial corrections (2)", "1.1, 3.2")], draft.Entries.Select(e => (e.Change.Value, e.Section)));
        Assert.Equal(["L/652/0848"], HistoryDrafter.MissingEntries(set, before.Catalogue, next).AsEnumerable());
        var recorded = new Catalogue([HistoryDrafter.Apply(now, draft)], []);
        Assert.Empty(HistoryDrafter.MissingEntries(CatalogueDiffer.Diff(before.Catalogue, recorded), before.Catalogue, recorded));
    }

    [Theory]
    [InlineData("4.1", "4.2")]
    [InlineData("4", "5")]
    [InlineData("4.9", "4.10")]
    [InlineData("2024a", "2024a.1")]
    [InlineData(null, "1.1")]
    public void NextVersion(string? version, string next) => Assert.Equal(next, HistoryDrafter.Next(version));

    [Fact]
    public void WordDiffKeepsTheWordsInCommon()
    {
        Assert.Equal(
            [new WordEdit(WordOp.Equal, "Explain how to"), new WordEdit(WordOp.Delete, "report"), new WordEdit(WordOp.Insert, "record"), new WordEdit(WordOp.Equal, "concerns")],
            WordDiff.Compute("Explain how to report concerns", "Explain how to  record concerns").AsEnumerable());
        Assert.Empty(WordDiff.Compute("", ""));
    }

    [Fact]
    public void WordDiffOfLongTextsShowsOnlyTheChangedWord()
    {
        // 6,000 words a side: a table of every pair of words would hold 36 million cells.
        var words = Enumerable.Range(0, 6000).Select(i => $"w{i % 97}x{i}").ToArray();
        var before = string.Join(' ', words);
        words[4321] = "changed";
        var after = string.Join(' ', words) + " appended";

        var edits = WordDiff.Compute(before, after);

        Assert.Equal([WordOp.Equal, WordOp.Delete, WordOp.Insert, WordOp.Equal, WordOp.Insert], edits.Select(e => e.Op));
        Assert.Equal("w53x4321", edits[1].Text);
        Assert.Equal("changed", edits[2].Text);
        Assert.Equal("appended", edits[4].Text);
    }
}
