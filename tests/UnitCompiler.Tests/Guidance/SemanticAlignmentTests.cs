using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Guidance;

/// <summary>The seam src/Unitc.Semantic aligns through, driven by a stand-in embedder (the model itself is measured in bench/UnitCompiler.Semantic).</summary>
public class SemanticAlignmentTests
{
    private static readonly Unit SeedUnit = InputLoader.LoadExport(TestPaths.Seed("000_49d6381e8fb9538e.txt")).Unit!;

    // Shares no word with any criterion, so only the embedder can place it.
    private const string Paraphrase = "Zorbling the quandle before the flimwick";

    /// <summary>Puts the paraphrase and one criterion's text on one axis and everything else on another.</summary>
    private sealed class OneCriterionEmbedder(string criterionText) : ITextEmbedder
    {
        public List<string> Seen { get; } = [];

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
        {
            Seen.AddRange(texts);
            return [.. texts.Select(t => t == criterionText || t == Paraphrase ? new float[] { 1, 0 } : [0, 1])];
        }
    }

    private static Unit WithTip(string text) => SeedUnit with
    {
        Guidance = new StudyGuidance(new LocatedText("Synopsis.", null), [], [new GuidanceItem(null, new LocatedText(text, null), [])], [], []),
    };

    [Fact]
    public void TheEmbedderPlacesAParaphraseTheLexicalAlignerCannot()
    {
        var unit = WithTip(Paraphrase);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var embedder = new OneCriterionEmbedder(target);
        var settings = AlignerSettings.Semantic with { SemanticWeight = 1 };

        Assert.Empty(GuidanceAligner.Align(unit).Guidance!.ExamTips[0].Criteria);
        var aligned = GuidanceAligner.Align(unit, settings, embedder).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", Assert.Single(aligned).CriterionId);
        Assert.Equal(1.0, aligned[0].Score, 3);
        Assert.Contains(Paraphrase, embedder.Seen);
    }

    [Fact]
    public void ScoresAreCalibratedSoThePrintConfidenceMeansTheSame()
    {
        var settings = AlignerSettings.Semantic;
        var at = Assert.NotNull(settings.PrintAt);
        Assert.Equal(GuidanceAligner.PrintConfidence, settings.Calibrate(at), 9);
        Assert.Equal(0, settings.Calibrate(0), 9);
        Assert.Equal(1, settings.Calibrate(1), 9);
        var raw = Enumerable.Range(0, 101).Select(i => i / 100.0).ToList();
        Assert.Equal(raw.Select(settings.Calibrate).Order().ToList(), raw.Select(settings.Calibrate).ToList());
        Assert.Equal(0.37, AlignerSettings.Default.Calibrate(0.37), 9);
    }

    [Fact]
    public void AnEmbedderThatLosesVectorsIsRefused()
    {
        var unit = WithTip(Paraphrase);
        Assert.Throws<InvalidOperationException>(() => GuidanceAligner.Align(unit, AlignerSettings.Semantic, new ShortEmbedder()));
    }

    private sealed class ShortEmbedder : ITextEmbedder
    {
        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => [.. texts.Skip(1).Select(_ => new float[] { 1 })];
    }
}
