using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Guidance;

public class GuidanceImportTests
{
    private static readonly Unit SeedUnit = InputLoader.LoadExport(TestPaths.Seed("000_49d6381e8fb9538e.txt")).Unit!;
    private static readonly string SynopsisText = File.ReadAllText(TestPaths.Seed("001_6bf64370099197f3.txt"));

    private static (Unit? Unit, DiagnosticBag Diagnostics) Add(string synopsis)
    {
        var path = Path.Combine(TestFolders.Create("synopsis"), "synopsis.txt");
        File.WriteAllText(path, synopsis, new UTF8Encoding(false));
        var bag = new DiagnosticBag();
        return (InputLoader.AddGuidance(SeedUnit, path, bag), bag);
    }

    [Fact]
    public void SeedSynopsisImportsWhole()
    {
        var (unit, bag) = Add(SynopsisText);
        Assert.False(bag.HasErrors);
        var g = unit!.Guidance!;
        Assert.StartsWith("This element focuses on leading person-centred", g.Synopsis.Value);
        Assert.EndsWith("promotes autonomy and wellbeing.", g.Synopsis.Value);
        Assert.Equal((5, 4, 4, 4), (g.KeyConcepts.Length, g.ExamTips.Length, g.Misconceptions.Length, g.MarkingPoints.Length));
        Assert.Equal("Person-centred care planning", g.KeyConcepts[0].Title!.Value);
        Assert.StartsWith("Ensuring that care plans", g.KeyConcepts[0].Text.Value);
        // Everything below the preview line is in the spec; the preview repeats the synopsis's first words.
        var belowPreview = SynopsisText[(SynopsisText.IndexOf('\n') + 1)..];
        Assert.Empty(LosslessCheck.MissingWords(belowPreview, unit));
    }

    [Fact]
    public void PreviewLineIsDropped()
    {
        var (unit, bag) = Add(SynopsisText);
        var d = Assert.Single(bag.ToImmutable(), d => d.Id == "UNITC0403");
        Assert.Equal(0, d.Location.Line);
        Assert.Equal(1, CountOccurrences(unit!.Guidance!.Synopsis.Value, "This element focuses"));
    }

    [Fact]
    public void HeadingVariationsAndTableRuleArtefactsAreTolerated()
    {
        var varied = SynopsisText
            .Replace("Key Concepts & Core Principles", "## **Key Concepts and Core Principles:**")
            .Replace("Topic Synopsis", "------------\t--\nTOPIC SYNOPSIS");
        var (unit, bag) = Add(varied);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0101");
        Assert.Equal(5, unit!.Guidance!.KeyConcepts.Length);
    }

    [Fact]
    public void UnrecognisedLineIsKept()
    {
        var (unit, bag) = Add("An unrelated first line.\n" + SynopsisText);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0402");
        Assert.StartsWith("An unrelated first line.", unit!.Guidance!.Synopsis.Value);
    }

    [Fact]
    public void UnknownHeadingIsKeptAndReported()
    {
        var (unit, bag) = Add(SynopsisText.Replace("Examiner Marking Points\n", "Examiner Marking Points\n- Look for signed witness statements.\n\nUseful Resources\n- The provider's own policies.\n"));
        var d = Assert.Single(bag.ToImmutable(), d => d.Id == "UNITC0404");
        Assert.Contains("'Useful Resources'", d.Message);
        Assert.Contains("Examiner Marking Points", d.Message);
        var marking = unit!.Guidance!.MarkingPoints.Select(m => m.Text.Value).ToList();
        Assert.Equal(["Look for signed witness statements.", "Useful Resources", "The provider's own policies."], marking.Take(3));
    }

    [Fact]
    public void ItemsThatStartLikeHeadingsStayItems()
    {
        // "Revision", "Examiners" and "Summary" open items as well as headings: a heading is the whole phrase.
        var (unit, bag) = Add(SynopsisText.Replace("Exam Tips & Revision Strategies\n", "2. Exam Tips\nRevision little and often works better than one long session\n\nExaminers reward a named example from your own workplace\n\n"));
        Assert.DoesNotContain(bag.ToImmutable(), d => d.Id == "UNITC0404");
        var tips = unit!.Guidance!.ExamTips.Select(t => t.Text.Value).ToList();
        Assert.Equal("Revision little and often works better than one long session", tips[0]);
        Assert.Equal("Examiners reward a named example from your own workplace", tips[1]);
        Assert.Equal(6, tips.Count);
    }

    [Fact]
    public void EmptyGuidanceIsAnError()
    {
        var (unit, bag) = Add("\n\n");
        Assert.Null(unit);
        Assert.Equal("UNITC0003", Assert.Single(bag.ToImmutable()).Id);
        (unit, bag) = Add("just some words\nwith no headings\n");
        Assert.Null(unit);
        Assert.Contains(bag.ToImmutable(), d => d.Id == "UNITC0401");
    }

    [Fact]
    public void SeedAlignmentsArePinned()
    {
        var (unit, _) = Add(SynopsisText);
        Golden.AssertMatches("Expected/L-652-0848.guidance.yaml", SpecWriter.Write(unit!));
    }

    [Fact]
    public void AlignIsAFixpointAndRecomputesAfterEdits()
    {
        var (unit, _) = Add(SynopsisText);
        var yaml = SpecWriter.Write(unit!);
        var loaded = SpecReader.Read(new SourceText("s.yaml", yaml)).Unit!;
        Assert.Equal(yaml, SpecWriter.Write(GuidanceAligner.Align(loaded)));

        var stale = loaded with { Guidance = loaded.Guidance! with { KeyConcepts = [.. loaded.Guidance.KeyConcepts.Select(k => k with { Criteria = [] })] } };
        Assert.Equal(yaml, SpecWriter.Write(GuidanceAligner.Align(stale)));
    }

    [Fact]
    public void ItemAboutSomethingTheUnitDoesNotAssessGetsNoCriteria()
    {
        var (unit, _) = Add(SynopsisText.Replace("Examiner Marking Points\n", "Examiner Marking Points\n- Spreadsheet pivot tables and macros for quarterly payroll.\n"));
        var item = unit!.Guidance!.MarkingPoints[0];
        Assert.StartsWith("Spreadsheet pivot", item.Text.Value);
        Assert.Empty(item.Criteria);
    }

    private static int CountOccurrences(string text, string needle) =>
        (text.Length - text.Replace(needle, string.Empty, StringComparison.Ordinal).Length) / needle.Length;
}
