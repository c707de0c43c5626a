using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// The writer at the seed's knob settings writes the seed's own lines: the seed unit (from its
/// reviewed spec) comes out as the seed's front matter and outcome table, and its indicative
/// content in each of the seed's shapes as the seed's rows and sections.
/// </summary>
public class ExportWriterTests
{
    private static readonly string[] SeedLines = ImportHelpers.SeedText.Split('\n');

    private static readonly Unit Spec = LoadSpec();

    /// <summary>The seed unit without its skill sentence, whose wording is the writer's knob.</summary>
    private static Unit WithoutSkillSentence(Unit unit) =>
        unit with { Assessment = unit.Assessment with { Text = unit.Assessment.Text.RemoveAt(3) } };

    private static Unit LoadSpec()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml");
        var read = SpecReader.Read(new SourceText(path, File.ReadAllText(path)));
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return WithoutSkillSentence(read.Unit!);
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static string[] SeedSlice(string first, string end)
    {
        var from = Array.IndexOf(SeedLines, first);
        var to = Array.FindIndex(SeedLines, from + 1, l => l.StartsWith(end, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, $"seed has no '{first}' ... '{end}'");
        return SeedLines[from..to];
    }

    [Fact]
    public void SeedUnitAtSeedKnobsWritesTheSeedsFrontMatterAndOutcomeTable()
    {
        var written = Lines(ExportWriter.Write(Spec, ExportKnobs.Seed));
        var end = Array.IndexOf(SeedLines, "## Assessment Requirements");
        Assert.Equal(SeedLines[..end], written[..end]);
    }

    [Fact]
    public void SeedUnitAtSeedKnobsWritesTheSeedsAssessmentParagraphsAndSkillSentence()
    {
        var written = Lines(ExportWriter.Write(Spec, ExportKnobs.Seed));
        var start = Array.IndexOf(SeedLines, "## Assessment Requirements");
        var end = Array.IndexOf(SeedLines, "## Indicative Content");
        var seed = SeedLines[start..end];
        var ours = written[start..end];
        Assert.Equal(seed.Length, ours.Length);
        for (var i = 0; i < seed.Length; i++)
        {
            // The seed's sentence goes on past the outcomes ("..., and primary evidence ..."); ours stops there.
            var expected = seed[i].StartsWith("Learning Outcomes 3, 5 and 7 are skill based", StringComparison.Ordinal) ? "Learning Outcomes 3, 5 and 7 are skill based." : seed[i];
            Assert.Equal(expected, ours[i]);
        }
    }

    [Fact]
    public void RowShapedContentAtSeedKnobsIsTheSeedsLo1AndLo6Rows()
    {
        var unit = Spec with { IndicativeContent = [.. Spec.IndicativeContent.Where(c => c.CriterionId is "1.1" or "6.3" or "6.4")] };
        var written = Lines(ExportWriter.Write(unit, ExportKnobs.Seed));
        var content = written[(Array.IndexOf(written, "## Indicative Content") + 2)..];
        Assert.Equal(SeedLines.Single(l => l.StartsWith("<b>LO1</b>\t", StringComparison.Ordinal)), content[0]);
        Assert.Equal(SeedLines.Single(l => l.StartsWith("<b>LO6</b>\t", StringComparison.Ordinal)), content[1]);
        Assert.Equal(["", "------------\t--"], content[2..]);
        Assert.Equal("------------\t--", SeedLines[^1]);
    }

    [Fact]
    public void MarkdownShapedContentIsTheSeedsLo5Section()
    {
        var unit = Spec with { IndicativeContent = [.. Spec.IndicativeContent.Where(c => c.CriterionId is "5.2")] };
        var knobs = ExportKnobs.Seed with { Content = ExportKnobs.Seed.Content with { Layout = ContentLayout.Markdown } };
        var written = Lines(ExportWriter.Write(unit, knobs));
        var content = written[(Array.IndexOf(written, "## Indicative Content") + 2)..^1];
        Assert.Equal(SeedSlice("**LO5**", "<b>LO6</b>"), content);
    }

    [Fact]
    public void KnobsChangeOnlyTheirOwnSpelling()
    {
        var knobs = ExportKnobs.Seed with
        {
            Tags = new TagKnobs(UpperCase: true, ParagraphClass: true, BoldForm.Strong, SpanWrapper: false),
            Items = new ItemKnobs(ItemMarker.BothParens, ListMarkup.Ul),
            Metadata = ExportKnobs.Seed.Metadata with { Level = 1, Numbers = NumberForm.Digits, AfterLabel = "\t" },
            Lines = ExportKnobs.Seed.Lines with { Crlf = true, Bom = true },
        };
        var text = ExportWriter.Write(Spec, knobs);
        Assert.StartsWith("\uFEFF\r\n\r\n# Qualification Unit\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n**RQF Level:**\t5\r\n", text, StringComparison.Ordinal);
        Assert.Contains(
            "<P class=\"MsoNormal\">1.1 Analyse the features, principles, drivers, and values of:</P> <UL> <LI>(a) <STRONG>strength-based approaches</STRONG></LI>",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
