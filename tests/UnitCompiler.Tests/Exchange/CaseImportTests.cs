using System.Text;
using CsCheck;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Import.Generated;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Exchange;

public class CaseImportTests
{
    private static SpecReadResult Read(string json) => CaseReader.Read(new SourceText("package.json", json));

    private static string SeedPackage() => Encoding.UTF8.GetString(CaseWriter.Write(SeedUnit.WithGuidance, CaseExportTests.Dated)!);

    private static string[] Ids(SpecReadResult result) => [.. result.Diagnostics.Select(d => d.Id)];

    [Fact]
    public void TheSeedComesBackAsTheSameSpec()
    {
        var read = Read(SeedPackage());
        Assert.Empty(read.Diagnostics);
        Assert.Equal(SpecWriter.Write(SeedUnit.WithGuidance), SpecWriter.Write(read.Unit!));
    }

    [Fact]
    public void ExportThenImportGivesBackTheSameSpec() =>
        // Generated units of six sectors, 1-12 outcomes of 1-12 criteria, sub-items, key terms,
        // definitions and notes; a dated history on some, so both date sources are taken.
        UnitGen.Unit.Select(Gen.Bool).Sample((unit, dated) =>
        {
            var withHistory = dated ? unit with { History = [new VersionEntry("2", new DateOnly(2025, 11, 30), new LocatedText("Criterion 1.1 reworded"), "1.1")] } : unit;
            var package = CaseWriter.Write(withHistory, CaseExportTests.Dated)!;
            Assert.Empty(CaseSchema.Problems(package));
            var read = Read(Encoding.UTF8.GetString(package));
            Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
            Assert.Equal(SpecWriter.Write(withHistory), SpecWriter.Write(read.Unit!));
        }, iter: 60);

    [Fact]
    public void NotJsonIsLocated()
    {
        var read = Read("{\n  \"CFDocument\": {\n    \"identifier\": oops\n  }\n}");
        var d = Assert.Single(read.Diagnostics);
        Assert.Equal("UNITC0701", d.Id);
        Assert.Equal(3, d.Location.Line + 1);
        Assert.Equal("UNITC0701", Assert.Single(Read("[1, 2]").Diagnostics).Id);
    }

    [Fact]
    public void NoUnitItem()
    {
        var read = Read("""{"CFDocument": {"identifier": "d54b94e8-183b-5cb3-9ea8-bf32bdcdebb6", "title": "x"}, "CFItems": [], "CFAssociations": []}""");
        Assert.Equal(["UNITC0702"], Ids(read));
        Assert.Null(read.Unit);
    }

    [Fact]
    public void MissingStatementIsAnError()
    {
        var package = SeedPackage().Replace("\"fullStatement\": \"Analyse the", "\"abbreviatedStatement\": \"Analyse the", StringComparison.Ordinal);
        var read = Read(package);
        Assert.Contains("UNITC0709", Ids(read));
        Assert.Null(read.Unit);
    }

    /// <summary>A package as another tool writes one: no listEnumeration, codes of its own, no extensions.</summary>
    private const string Foreign = """
        {
          "CFDocument": {"identifier": "00000000-0000-4000-8000-000000000001", "uri": "https://x/1", "creator": "Other", "title": "Care planning", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
          "CFItems": [
            {"identifier": "00000000-0000-4000-8000-000000000010", "fullStatement": "Care planning", "humanCodingScheme": "CP/01", "uri": "https://x/10", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000020", "fullStatement": "Understand care plans", "humanCodingScheme": "CP.A", "uri": "https://x/20", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000021", "fullStatement": "Plan care with individuals", "uri": "https://x/21", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000030", "fullStatement": "Describe a care plan", "humanCodingScheme": "CP 1.1", "uri": "https://x/30", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000031", "fullStatement": "Agree a plan", "humanCodingScheme": "CP 2.1", "uri": "https://x/31", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000040", "fullStatement": "goals", "uri": "https://x/40", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000050", "fullStatement": "a detail under a detail", "uri": "https://x/50", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000060", "fullStatement": "an item in no tree", "uri": "https://x/60", "lastChangeDateTime": "2025-01-01T00:00:00Z"}
          ],
          "CFAssociations": [
            {"identifier": "00000000-0000-4000-8000-000000000100", "associationType": "isChildOf", "uri": "https://x/100", "originNodeURI": {"title": "u", "identifier": "00000000-0000-4000-8000-000000000010", "uri": "https://x/10"}, "destinationNodeURI": {"title": "d", "identifier": "00000000-0000-4000-8000-000000000001", "uri": "https://x/1"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000101", "associationType": "isChildOf", "sequenceNumber": 2, "uri": "https://x/101", "originNodeURI": {"title": "o", "identifier": "00000000-0000-4000-8000-000000000021", "uri": "https://x/21"}, "destinationNodeURI": {"title": "u", "identifier": "00000000-0000-4000-8000-000000000010", "uri": "https://x/10"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000102", "associationType": "isChildOf", "sequenceNumber": 1, "uri": "https://x/102", "originNodeURI": {"title": "o", "identifier": "00000000-0000-4000-8000-000000000020", "uri": "https://x/20"}, "destinationNodeURI": {"title": "u", "identifier": "00000000-0000-4000-8000-000000000010", "uri": "https://x/10"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000103", "associationType": "isChildOf", "uri": "https://x/103", "originNodeURI": {"title": "c", "identifier": "00000000-0000-4000-8000-000000000030", "uri": "https://x/30"}, "destinationNodeURI": {"title": "o", "identifier": "00000000-0000-4000-8000-000000000020", "uri": "https://x/20"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000104", "associationType": "isChildOf", "uri": "https://x/104", "originNodeURI": {"title": "c", "identifier": "00000000-0000-4000-8000-000000000031", "uri": "https://x/31"}, "destinationNodeURI": {"title": "o", "identifier": "00000000-0000-4000-8000-000000000021", "uri": "https://x/21"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000105", "associationType": "isChildOf", "uri": "https://x/105", "originNodeURI": {"title": "i", "identifier": "00000000-0000-4000-8000-000000000040", "uri": "https://x/40"}, "destinationNodeURI": {"title": "c", "identifier": "00000000-0000-4000-8000-000000000031", "uri": "https://x/31"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000106", "associationType": "isChildOf", "uri": "https://x/106", "originNodeURI": {"title": "x", "identifier": "00000000-0000-4000-8000-000000000050", "uri": "https://x/50"}, "destinationNodeURI": {"title": "i", "identifier": "00000000-0000-4000-8000-000000000040", "uri": "https://x/40"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"},
            {"identifier": "00000000-0000-4000-8000-000000000107", "associationType": "isRelatedTo", "uri": "https://x/107", "originNodeURI": {"title": "c", "identifier": "00000000-0000-4000-8000-000000000030", "uri": "https://x/30"}, "destinationNodeURI": {"title": "c", "identifier": "00000000-0000-4000-8000-000000000031", "uri": "https://x/31"}, "lastChangeDateTime": "2025-01-01T00:00:00Z"}
          ]
        }
        """;

    [Fact]
    public void ForeignPackageGuessesAreReported()
    {
        var read = Read(Foreign);
        var unit = read.Unit!;
        Assert.Equal("CP/01", unit.Header.Ref);
        Assert.Null(unit.Header.Level);
        // Sequence numbers order the outcomes; 'Plan care with individuals' has no number, so it is 2 by place.
        Assert.Equal(["1", "2"], unit.Outcomes.Select(o => o.Id));
        Assert.Equal("Understand care plans", unit.Outcomes[0].Text.Value);
        Assert.Equal(OutcomeKind.Knowledge, unit.Outcomes[0].Kind);
        Assert.Equal(["1.1", "2.1"], unit.Criteria.Select(c => c.Id));
        Assert.Equal("a", unit.Criteria.Last().Items.Single().Id);
        Assert.Equal(3, read.Diagnostics.Count(d => d.Id == "UNITC0708"));
        Assert.Contains(read.Diagnostics, d => d.Id == "UNITC0706" && d.Message.Contains("Plan care with individuals", StringComparison.Ordinal));
        Assert.Contains(read.Diagnostics, d => d.Id == "UNITC0707" && d.Message.Contains("outcome 2", StringComparison.Ordinal));
        // Located at the item's identifier in the file.
        var guessed = read.Diagnostics.First(d => d.Id == "UNITC0707");
        Assert.Equal(6, guessed.Location.Line + 1);
    }

    [Fact]
    public void TooDeepItemsAreReported()
    {
        var read = Read(Foreign);
        var d = Assert.Single(read.Diagnostics, d => d.Id == "UNITC0703");
        Assert.Contains("a detail under a detail", d.Message, StringComparison.Ordinal);
        Assert.Equal(10, d.Location.Line + 1);
    }

    [Fact]
    public void OrphanItemsAndOtherAssociationsAreReported()
    {
        var read = Read(Foreign);
        Assert.Contains(read.Diagnostics, d => d.Id == "UNITC0704" && d.Message.Contains("an item in no tree", StringComparison.Ordinal) && d.Location.Line + 1 == 11);
        Assert.Contains(read.Diagnostics, d => d.Id == "UNITC0705" && d.Message.Contains("isRelatedTo", StringComparison.Ordinal));
    }
}
