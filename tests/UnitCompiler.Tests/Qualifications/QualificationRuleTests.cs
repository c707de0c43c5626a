using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Qualifications;

/// <summary>
/// Each rule a qualification obeys, broken one at a time on a valid Level 5 diploma built around the
/// seed unit, with its diagnostic expected at the place in the spec that breaks it (each element of
/// the model carries the line it would have been read from).
/// </summary>
public class QualificationRuleTests
{
    private const string Path = "qual.yaml";
    private static readonly Unit Seed = SeedUnit.WithGuidance;

    private static SourceLocation Line(int line) => new(Path, line, 4);

    private static UnitFacts Declared(string reference, int level, int credit, int glh, int line) => new(reference, "Unit " + reference, level, credit, glh, Line(line));

    private static readonly ImmutableArray<UnitFacts> DeclaredUnits =
    [
        Declared("M/100/0001", 5, 6, 30, 40), Declared("M/100/0002", 5, 4, 25, 41), Declared("M/100/0003", 4, 5, 30, 42),
        Declared("A/200/0001", 5, 5, 30, 43), Declared("A/200/0002", 5, 5, 35, 44), Declared("A/200/0003", 4, 6, 40, 45), Declared("A/200/0004", 6, 4, 20, 46),
        Declared("B/300/0001", 3, 3, 20, 47), Declared("B/300/0002", 4, 3, 18, 48), Declared("B/300/0003", 5, 6, 40, 49),
    ];

    private static UnitGroup Group(string id, bool mandatory, int? minCredits, int? maxCredits, int line, params string[] refs) =>
        new(id, new LocatedText("Group " + id), mandatory, minCredits, maxCredits, null, null, [.. refs.Select((r, i) => new UnitReference(r, Line(line + 1 + i)))], Line(line));

    /// <summary>Mandatory 20 credits; group A at least 11; group B 6 to 12; 37 in all, 20 of them at level 5 or above; A/200/0002 and B/300/0003 barred.</summary>
    private static Qualification Valid() => new(
        new QualificationHeader("603/1234/5", new LocatedText("Level 5 Diploma in Leadership and Management for Adult Care"), 5, 370, 219, 37, Line(2)),
        [
            Group("M", true, null, null, 10, "L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003"),
            Group("A", false, 11, null, 16, "A/200/0001", "A/200/0002", "A/200/0003", "A/200/0004"),
            Group("B", false, 6, 12, 22, "B/300/0001", "B/300/0002", "B/300/0003"),
        ],
        new CombinationRules(37, [new LevelRule(5, 20, Line(30))], [new BarredPair("A/200/0002", "B/300/0003", Line(32))]),
        DeclaredUnits);

    private static readonly Dictionary<string, Unit> Catalogue = new() { ["L/652/0848"] = Seed };

    private static (QualificationCheck Check, List<Diagnostic> Diagnostics) Check(Qualification q, IReadOnlyDictionary<string, Unit>? catalogue = null)
    {
        var bag = new DiagnosticBag();
        var check = QualificationValidator.Validate(q, catalogue ?? Catalogue, SourceLocation.File(Path), bag);
        return (check, [.. bag.ToImmutable()]);
    }

    private static void AssertOnly(Qualification q, string id, int line, IReadOnlyDictionary<string, Unit>? catalogue = null)
    {
        var (_, diagnostics) = Check(q, catalogue);
        var d = Assert.Single(diagnostics);
        Assert.Equal((id, line), (d.Id, d.Location.Line));
    }

    [Fact]
    public void TheDiplomaIsValidAndItsGlhIsTheCheapestRoute()
    {
        var (check, diagnostics) = Check(Valid());
        Assert.Empty(diagnostics);
        var route = Assert.IsType<Route>(check.MinimumGlhRoute);
        Assert.Equal(219, route.GuidedLearningHours);
        Assert.Equal(["L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003", "A/200/0001", "A/200/0003", "B/300/0001", "B/300/0002"], route.Units.ToArray());
    }

    [Fact]
    public void UnknownUnit()
    {
        var q = Valid();
        AssertOnly(q with { Groups = q.Groups.SetItem(2, Group("B", false, 6, 12, 22, "B/300/0001", "B/300/0002", "B/300/0003", "Z/999/9999")) }, "UNITC0501", 26);
    }

    [Fact]
    public void UnitInTwoGroups()
    {
        var q = Valid();
        AssertOnly(q with { Groups = q.Groups.SetItem(2, Group("B", false, 6, 12, 22, "B/300/0001", "A/200/0004", "B/300/0003")) }, "UNITC0502", 24);
    }

    [Fact]
    public void BarredPairOutsideTheQualification()
    {
        var q = Valid();
        AssertOnly(q with { Rules = q.Rules with { Barred = [new BarredPair("A/200/0001", "Z/999/9999", Line(33))] } }, "UNITC0503", 33);
    }

    [Fact]
    public void CreditIsNotATenthOfTqt() => AssertOnly(Valid() with { Header = Valid().Header with { Credit = 36 } }, "UNITC0504", 2);

    [Fact]
    public void GlhAboveTqt() => AssertOnly(Valid() with { Header = Valid().Header with { GuidedLearningHours = 400 } }, "UNITC0505", 2);

    [Fact]
    public void SizeWordDisagreesWithTqt()
    {
        var title = new LocatedText("Level 5 Certificate in Leadership and Management for Adult Care", TextOrigin.From(new SourceText(Path, "\n\n\n  title: x\n"), [5]));
        var (_, diagnostics) = Check(Valid() with { Header = Valid().Header with { Title = title } });
        var d = Assert.Single(diagnostics);
        Assert.Equal(("UNITC0506", 3), (d.Id, d.Location.Line));
        Assert.Contains("'Certificate' but total qualification time 370 makes it Diploma", d.Message);
    }

    [Fact]
    public void NoValidRoute()
    {
        var q = Valid();
        AssertOnly(q with { Groups = q.Groups.SetItem(2, Group("B", false, 13, 12, 22, "B/300/0001", "B/300/0002", "B/300/0003")) }, "UNITC0507", 2);
    }

    [Fact]
    public void GroupRulesFallShortOfTheTotal()
    {
        var q = Valid() with { Header = Valid().Header with { TotalQualificationTime = 400, Credit = 40, GuidedLearningHours = 234 } };
        var (_, diagnostics) = Check(q with { Rules = q.Rules with { MinCredits = 40 } });
        var d = Assert.Single(diagnostics);
        Assert.Equal(("UNITC0508", 2), (d.Id, d.Location.Line));
        Assert.Contains("only 37 credits, below the qualification's 40", d.Message);
    }

    [Fact]
    public void StatedGlhIsNotTheMinimumOverRoutes()
    {
        var (_, diagnostics) = Check(Valid() with { Header = Valid().Header with { GuidedLearningHours = 230 } });
        var d = Assert.Single(diagnostics);
        Assert.Equal(("UNITC0509", 2), (d.Id, d.Location.Line));
        Assert.Contains("states 230 GLH, but the lowest over its valid routes is 219, by L/652/0848, M/100/0001", d.Message);
    }

    [Fact]
    public void LevelRuleCannotBeMet()
    {
        var q = Valid();
        AssertOnly(q with { Rules = q.Rules with { LevelRules = [new LevelRule(6, 10, Line(31))] } }, "UNITC0510", 31);
    }

    [Fact]
    public void TooManyBarredUnitsToSolve()
    {
        var extra = Enumerable.Range(0, 14).Select(i => Declared($"C/400/{i:0000}", 4, 1, 5, 60 + i)).ToList();
        var q = Valid();
        q = q with
        {
            Groups = q.Groups.Add(Group("C", false, 0, null, 58, [.. extra.Select(u => u.Ref)])),
            DeclaredUnits = q.DeclaredUnits.AddRange(extra),
            Rules = q.Rules with { Barred = [.. Enumerable.Range(0, 7).Select(i => new BarredPair(extra[2 * i].Ref, extra[2 * i + 1].Ref, Line(80 + i)))] },
        };
        AssertOnly(q, "UNITC0511", 2);
    }

    [Fact]
    public void MalformedNumber() => AssertOnly(Valid() with { Header = Valid().Header with { Number = "603/123/5" } }, "UNITC0512", 2);

    [Fact]
    public void NumberMayEndInX()
    {
        var (_, diagnostics) = Check(Valid() with { Header = Valid().Header with { Number = "500/9516/X" } });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void UnitWithoutFacts()
    {
        var noCredit = Seed with { Header = Seed.Header with { Credit = null } };
        AssertOnly(Valid(), "UNITC0513", 11, new Dictionary<string, Unit> { ["L/652/0848"] = noCredit });
    }
}
