using System.Text;
using System.Text.Json;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Qualifications;
using UnitCompiler.Text;
using UnitCompiler.Render.Xlsx;
using CsCheck;

namespace UnitCompiler.Tests.Exchange;

/// <summary>A qualification exported: one CASE package, one Moodle framework, its units' records the units' own.</summary>
public class CaseQualificationTests
{
    private static readonly ExchangeSettings Dated = CaseExportTests.Dated;

    private static Qualification Read(string text)
    {
        var (qualification, read) = QualificationReader.Read(new SourceText(QualificationExample.FileName, text));
        Assert.DoesNotContain(read, d => d.IsError);
        return qualification!;
    }

    private static IReadOnlyDictionary<string, UnitFacts> Facts(Qualification qualification)
    {
        var bag = new DiagnosticBag();
        var check = QualificationValidator.Validate(qualification, QualificationExample.Catalogue, SourceLocation.File(QualificationExample.FileName), bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.ToImmutable()));
        return check.Facts;
    }

    private static byte[] Package(string text)
    {
        var qualification = Read(text);
        return CaseQualificationWriter.Write(qualification, Facts(qualification), QualificationExample.Catalogue, Dated, out var undated)
            ?? throw new InvalidOperationException("no date: " + undated);
    }

    private static JsonElement Item(byte[] package, string code)
    {
        using var doc = JsonDocument.Parse(package);
        return doc.RootElement.GetProperty("CFItems").EnumerateArray().First(i => i.GetProperty("humanCodingScheme").GetString() == code).Clone();
    }

    private static JsonElement ParentLink(byte[] package, JsonElement item)
    {
        using var doc = JsonDocument.Parse(package);
        var id = item.GetProperty("identifier").GetString();
        return doc.RootElement.GetProperty("CFAssociations").EnumerateArray()
            .Single(a => a.GetProperty("associationType").GetString() == "isChildOf" && a.GetProperty("originNodeURI").GetProperty("identifier").GetString() == id).Clone();
    }

    [Fact]
    public void TheExamplesPackageValidatesAgainstTheOfficialSchema()
    {
        var package = Package(QualificationExample.Text);
        Assert.Empty(CaseSchema.Problems(package));
        Assert.Equal(package, Package(QualificationExample.Text)); // deterministic
        Golden.AssertMatches("Expected/exchange/610-4213-7.case.json", Encoding.UTF8.GetString(package));
    }

    [Fact]
    public void TheTreeIsQualificationGroupsUnitsAndTheUnitsOwnTree()
    {
        var package = Package(QualificationExample.Text);
        var qualification = Item(package, "610/4213/7");
        Assert.Equal("Qualification", qualification.GetProperty("CFItemType").GetString());
        Assert.Equal(370, qualification.GetProperty("extensions").GetProperty("tqt").GetInt32());
        var groupA = Item(package, "A");
        Assert.Equal("Unit Group", groupA.GetProperty("CFItemType").GetString());
        Assert.Equal(12, groupA.GetProperty("extensions").GetProperty("minCredits").GetInt32());
        Assert.Equal(qualification.GetProperty("identifier").GetString(), ParentLink(package, groupA).GetProperty("destinationNodeURI").GetProperty("identifier").GetString());
        Assert.Equal(2, ParentLink(package, groupA).GetProperty("sequenceNumber").GetInt32());

        // The seed unit is first in group M, with its whole tree under it; a declared unit is an item with its facts.
        var seed = Item(package, "L/652/0848");
        var toGroup = ParentLink(package, seed);
        Assert.Equal(Item(package, "M").GetProperty("identifier").GetString(), toGroup.GetProperty("destinationNodeURI").GetProperty("identifier").GetString());
        Assert.Equal(1, toGroup.GetProperty("sequenceNumber").GetInt32());
        Assert.Equal(Uuid5.Text(ExchangeSettings.DefaultNamespace, "L/652/0848#2.3"), Item(package, "AC2.3").GetProperty("identifier").GetString());
        var declared = Item(package, "T/650/1001");
        Assert.Equal(6, declared.GetProperty("extensions").GetProperty("credit").GetInt32());

        using var doc = JsonDocument.Parse(package);
        var rules = doc.RootElement.GetProperty("CFDocument").GetProperty("extensions").GetProperty("rulesOfCombination");
        Assert.Equal(37, rules.GetProperty("minCredits").GetInt32());
        Assert.Equal("F/651/0472", rules.GetProperty("barred")[0][0].GetString());
        Assert.StartsWith("Learners must achieve a minimum of 37 credits", rules.GetProperty("text")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AUnitSharedByTwoQualificationsHasOneIdentity()
    {
        var first = Package(QualificationExample.Text);
        var second = Package(QualificationExample.Text.Replace("610/4213/7", "603/9999/1", StringComparison.Ordinal));
        var unitPackage = CaseWriter.Write(QualificationExample.Catalogue["L/652/0848"], Dated)!;
        foreach (var code in new[] { "L/652/0848", "LO2", "AC2.3", "AC1.1a" })
        {
            // The same record, byte for byte, in both qualifications and in the unit's own package.
            Assert.Equal(Item(unitPackage, code).GetRawText(), Item(first, code).GetRawText());
            Assert.Equal(Item(first, code).GetRawText(), Item(second, code).GetRawText());
        }

        Assert.Equal(ParentLink(unitPackage, Item(unitPackage, "AC2.3")).GetRawText(), ParentLink(first, Item(first, "AC2.3")).GetRawText());
        // What differs is the qualification's own: its document, and the association hanging the unit from its group.
        Assert.NotEqual(ParentLink(first, Item(first, "L/652/0848")).GetProperty("identifier").GetString(), ParentLink(second, Item(second, "L/652/0848")).GetProperty("identifier").GetString());
        Assert.NotEqual(Item(first, "610/4213/7").GetProperty("identifier").GetString(), Item(second, "603/9999/1").GetProperty("identifier").GetString());
    }

    [Fact]
    public void NoDateIsAnError()
    {
        var text = QualificationExample.Text;
        var start = text.IndexOf("\nhistory:", StringComparison.Ordinal);
        var end = text.IndexOf("\nabout:", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start);
        var qualification = Read(text[..start] + text[end..]);
        var diagnostics = new DiagnosticBag();
        var package = CaseExport.Package(qualification, Facts(qualification), QualificationExample.Catalogue, ExchangeSettings.Default, SourceLocation.File("q.yaml"), diagnostics);
        Assert.Null(package);
        Assert.Equal("UNITC0731", Assert.Single(diagnostics.ToImmutable()).Id);

        // Dated, but a unit of it is not: that unit is named, as its own export names it.
        var withUnitUndated = Read(text);
        var bag = new DiagnosticBag();
        Assert.Null(CaseExport.Package(withUnitUndated, Facts(withUnitUndated), QualificationExample.Catalogue, ExchangeSettings.Default, SourceLocation.File("q.yaml"), bag));
        var noDate = Assert.Single(bag.ToImmutable());
        Assert.Equal("UNITC0700", noDate.Id);
    }

    [Fact]
    public void TheMoodleFrameworkHasTheUnitsAtTheTopAndPassesEveryRule()
    {
        var qualification = Read(QualificationExample.Text);
        var facts = Facts(qualification);
        var rows = MoodleFramework.Rows(qualification, facts, QualificationExample.Catalogue, ExchangeSettings.Default);
        var diagnostics = new DiagnosticBag();
        MoodleRules.Check(rows, ExchangeSettings.Default.Scale, ExchangeSettings.Default.QualificationTaxonomy, SourceLocation.File("q.yaml"), diagnostics);
        Assert.Empty(diagnostics.ToImmutable());

        var csv = Encoding.UTF8.GetString(MoodleFramework.Write(qualification, facts, QualificationExample.Catalogue, ExchangeSettings.Default, SourceLocation.File("q.yaml"), new DiagnosticBag())!);
        Golden.AssertMatches("Expected/exchange/610-4213-7.moodle.csv", csv);
        var table = CsvReader.Read(csv);
        Assert.All(table, row => Assert.Equal(14, row.Length));
        Assert.Equal("1", Assert.Single(table.Skip(1), r => r[12] == "1")[12]);
        Assert.Equal("domain,outcome,competency,indicator", table[1][13]);
        Assert.Contains("- At least 28 credits must come from units at level 5 or above.", table[1][3], StringComparison.Ordinal);
        var units = table.Skip(2).Where(r => r[0].Length == 0).Select(r => r[1]).ToList();
        Assert.Equal(qualification.UnitRefs.Select(u => u.Ref), units);
        Assert.Contains(table, r => r[1] == "L/652/0848 LO2" && r[0] == "L/652/0848");

        // Under its unit, a unit's rows are its own framework's rows: the same id numbers, shortnames and parents below the outcomes.
        var own = MoodleFramework.Rows(QualificationExample.Catalogue["L/652/0848"], ExchangeSettings.Default).Skip(1).ToList();
        var inQualification = rows.Where(r => r.IdNumber.StartsWith("L/652/0848 ", StringComparison.Ordinal)).ToList();
        Assert.Equal(own.Select(r => (r.IdNumber, r.Shortname, r.Description, r.ParentIdNumber.Length == 0 ? "L/652/0848" : r.ParentIdNumber)),
            inQualification.Select(r => (r.IdNumber, r.Shortname, r.Description, r.ParentIdNumber)));
    }

    [Fact]
    public void TheQualificationTaxonomyIsConfigurableAndChecked()
    {
        var qualification = Read(QualificationExample.Text);
        var settings = ExchangeSettings.Default with { QualificationTaxonomy = ["competency", "outcome", "criterion"] };
        var diagnostics = new DiagnosticBag();
        Assert.Null(MoodleFramework.Write(qualification, Facts(qualification), QualificationExample.Catalogue, settings, SourceLocation.File("q.yaml"), diagnostics));
        Assert.Equal("UNITC0726", Assert.Single(diagnostics.ToImmutable()).Id);
    }

    [Fact]
    public void ImportRefusesAQualificationPackage()
    {
        var package = Package(QualificationExample.Text);
        var read = CaseReader.Read(new SourceText("610-4213-7.case.json", Encoding.UTF8.GetString(package)));
        Assert.Null(read.Unit);
        var refused = Assert.Single(read.Diagnostics);
        Assert.Equal("UNITC0732", refused.Id);
        Assert.Equal(2, refused.Location.Line); // the document's identifier, the package's second line
    }

    [Fact]
    public void MoodlesImportAsItsSourceRunsItCreatesEveryRowWhereItWasMeant()
    {
        var qualification = Read(QualificationExample.Text);
        var facts = Facts(qualification);
        foreach (var (csv, rows) in new[]
        {
            (MoodleFramework.Write(qualification, facts, QualificationExample.Catalogue, ExchangeSettings.Default, SourceLocation.File("q.yaml"), new DiagnosticBag())!,
                MoodleFramework.Rows(qualification, facts, QualificationExample.Catalogue, ExchangeSettings.Default)),
            (MoodleFramework.Write(SeedUnit.WithGuidance, ExchangeSettings.Default, SourceLocation.File("u.yaml"), new DiagnosticBag())!,
                MoodleFramework.Rows(SeedUnit.WithGuidance, ExchangeSettings.Default)),
        })
        {
            var result = MoodleImportSimulation.Import(Encoding.UTF8.GetString(csv));
            Assert.Empty(result.Refusals);
            Assert.Equal(rows[0].IdNumber, result.FrameworkIdNumber);
            // Every competency row is created, none twice, each under the parent it was written under, in file order.
            Assert.Equal(rows.Skip(1).Select(r => (r.IdNumber, r.ParentIdNumber, r.Shortname)), result.Competencies.Select(c => (c.IdNumber, c.ParentIdNumber, c.Shortname)));
        }
    }

    [Fact]
    public void TheSimulationDropsWhatMoodleDrops()
    {
        // The simulation must be able to fail: a row whose parent is missing, and a row without a shortname, vanish with what is under them.
        var rows = MoodleFramework.Rows(SeedUnit.WithGuidance, ExchangeSettings.Default);
        var broken = rows.SetItem(1, rows[1] with { Shortname = "" }).SetItem(rows.Length - 1, rows[^1] with { ParentIdNumber = "nowhere" });
        var result = MoodleImportSimulation.Import(MoodleFramework.Csv(broken));
        Assert.True(result.Competencies.Count < rows.Length - 2);
        Assert.DoesNotContain(result.Competencies, c => c.IdNumber.StartsWith("L/652/0848 AC1.", StringComparison.Ordinal));
        Assert.True(MoodleImportSimulation.PhpEquals("1.10", "1.1"));
        Assert.NotEmpty(MoodleImportSimulation.Import(MoodleFramework.Csv([rows[0] with { ScaleConfiguration = "[{\"scaleid\":\"0\"},{\"id\":1,\"scaledefault\":1,\"proficient\":0}]" }, .. rows.Skip(1)])).Refusals);
    }

    [Fact]
    public void EveryGeneratedQualificationsPackageValidatesAgainstTheOfficialSchema() =>
        Gen.Select(UnitCompiler.Tests.Spec.QualificationRoundTripPropertyTests.Qualifications, Gen.Bool).Sample(pair =>
        {
            var (generated, withSeed) = pair;
            // Half the time the seed unit, whose spec is in the catalogue, heads the first group: its whole tree goes in.
            var q = withSeed ? generated with { Groups = generated.Groups.SetItem(0, generated.Groups[0] with { Units = generated.Groups[0].Units.Insert(0, new UnitReference("L/652/0848")) }) } : generated;
            var catalogue = new Dictionary<string, Unit>(StringComparer.Ordinal);
            if (withSeed)
            {
                catalogue["L/652/0848"] = SeedUnit.WithGuidance;
            }

            var facts = new Dictionary<string, UnitFacts>(StringComparer.Ordinal);
            foreach (var u in q.DeclaredUnits)
            {
                facts.TryAdd(u.Ref, u);
            }

            foreach (var r in q.UnitRefs)
            {
                facts.TryAdd(r.Ref, new UnitFacts(r.Ref, "Unit " + r.Ref, 3, 5, 40));
            }

            var package = CaseQualificationWriter.Write(q, facts, catalogue, Dated, out _)!;
            var problems = CaseSchema.Problems(package);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Equal(package, CaseQualificationWriter.Write(q, facts, catalogue, Dated, out _));
        }, iter: 60);
}
