using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Exchange;

public class CaseExportTests
{
    internal static readonly ExchangeSettings Dated = ExchangeSettings.Default with { Date = new DateOnly(2026, 3, 1), BaseUri = "https://frameworks.example.org/uri/" };

    private static JsonElement Item(byte[] package, string code)
    {
        using var doc = JsonDocument.Parse(package);
        return doc.RootElement.GetProperty("CFItems").EnumerateArray().First(i => i.GetProperty("humanCodingScheme").GetString() == code).Clone();
    }

    [Fact]
    public void TheSeedsPackageValidatesAgainstTheOfficialSchema()
    {
        var package = CaseWriter.Write(SeedUnit.WithGuidance, Dated)!;
        Assert.Empty(CaseSchema.Problems(package));
        Golden.AssertMatches("Expected/exchange/L-652-0848.case.json", Encoding.UTF8.GetString(package));
    }

    [Fact]
    public void TheSchemaCheckCatchesABrokenPackage()
    {
        // The validator must be able to fail: a package without its document's title is refused.
        var package = Encoding.UTF8.GetString(CaseWriter.Write(SeedUnit.WithGuidance, Dated)!);
        var broken = package.Replace("\"creator\":", "\"kreator\":", StringComparison.Ordinal);
        Assert.NotEmpty(CaseSchema.Problems(Encoding.UTF8.GetBytes(broken)));
    }

    [Fact]
    public void TheTreeIsWhatTheIssueAsks()
    {
        var package = CaseWriter.Write(SeedUnit.WithGuidance, Dated)!;
        var criterion = Item(package, "AC2.3");
        Assert.Equal(Uuid5.Text(ExchangeSettings.DefaultNamespace, "L/652/0848#2.3"), criterion.GetProperty("identifier").GetString());
        Assert.Equal("Assessment Criterion", criterion.GetProperty("CFItemType").GetString());
        Assert.Equal("2026-03-01T00:00:00Z", criterion.GetProperty("lastChangeDateTime").GetString());
        var unit = Item(package, "L/652/0848");
        Assert.Equal(5, unit.GetProperty("extensions").GetProperty("level").GetInt32());
        Assert.Equal(26, unit.GetProperty("extensions").GetProperty("glh").GetInt32());

        using var doc = JsonDocument.Parse(package);
        var childOf = doc.RootElement.GetProperty("CFAssociations").EnumerateArray()
            .First(a => a.GetProperty("originNodeURI").GetProperty("identifier").GetString() == criterion.GetProperty("identifier").GetString());
        Assert.Equal("isChildOf", childOf.GetProperty("associationType").GetString());
        Assert.Equal(3, childOf.GetProperty("sequenceNumber").GetInt32());
        Assert.Equal(Item(package, "LO2").GetProperty("identifier").GetString(), childOf.GetProperty("destinationNodeURI").GetProperty("identifier").GetString());
        Assert.NotEmpty(doc.RootElement.GetProperty("CFDefinitions").GetProperty("CFConcepts").EnumerateArray());
    }

    [Fact]
    public void ARewordedCriterionKeepsItsIdentifierAndTheRestTheirBytes()
    {
        var unit = SeedUnit.WithGuidance;
        var before = CaseWriter.Write(unit, Dated)!;
        Assert.Equal(before, CaseWriter.Write(unit, Dated));
        var reworded = unit with
        {
            Outcomes = [.. unit.Outcomes.Select(o => o with { Criteria = [.. o.Criteria.Select(c => c.Id == "2.3" ? c with { Text = new LocatedText("Evaluate something else entirely") } : c)] })],
        };
        var after = CaseWriter.Write(reworded, Dated)!;
        Assert.Equal(Item(before, "AC2.3").GetProperty("identifier").GetString(), Item(after, "AC2.3").GetProperty("identifier").GetString());
        Assert.NotEqual(Item(before, "AC2.3").GetProperty("fullStatement").GetString(), Item(after, "AC2.3").GetProperty("fullStatement").GetString());
        Assert.Equal(Item(before, "AC2.2").GetRawText(), Item(after, "AC2.2").GetRawText());
    }

    [Fact]
    public void TheDateComesFromTheHistoryBeforeTheSetting()
    {
        var unit = SeedUnit.WithGuidance with
        {
            History = [new VersionEntry("4.0", new DateOnly(2025, 1, 9), new LocatedText("First"), null), new VersionEntry("4.1", new DateOnly(2026, 7, 2), new LocatedText("2.3 reworded"), "2.3")],
        };
        Assert.Equal(new DateOnly(2026, 7, 2), CaseWriter.ChangeDate(unit, Dated));
        Assert.Contains("\"lastChangeDateTime\": \"2026-07-02T00:00:00Z\"", Encoding.UTF8.GetString(CaseWriter.Write(unit, ExchangeSettings.Default)!), StringComparison.Ordinal);
    }

    [Fact]
    public void NoDateIsAnError()
    {
        Assert.Null(CaseWriter.Write(SeedUnit.WithGuidance, ExchangeSettings.Default));
        var diagnostics = new DiagnosticBag();
        Assert.Null(CaseExport.Package(SeedUnit.WithGuidance, ExchangeSettings.Default, SourceLocation.File("spec/L-652-0848.yaml"), diagnostics));
        Assert.Equal("UNITC0700", Assert.Single(diagnostics.ToImmutable()).Descriptor.Id);
    }
}
