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

    /// <summary>
    /// Puts the paraphrase (and <paramref name="also"/>) and one criterion's text on one axis, the texts
    /// of <paramref name="apart"/> on a second, like nothing else, and everything else on a third.
    /// </summary>
    private sealed class OneCriterionEmbedder(string criterionText, string? also = null, params string[] apart) : ITextEmbedder
    {
        public List<string> Seen { get; } = [];

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
        {
            Seen.AddRange(texts);
            return [.. texts.Select(t => t == criterionText || t == Paraphrase || t == also ? new float[] { 1, 0, 0 } : apart.Contains(t) ? [0, 1, 0] : [0, 0, 1])];
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
    public void WithTheModelTooTheBestCriterionIsWrittenWithItsLead()
    {
        // Cosine 1 with 2.1 and 0 with the rest, no shared word: 2.1 scores 0.3 (the model's weight), every other criterion 0.
        var unit = WithTip(Paraphrase);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var shipped = GuidanceAligner.Align(unit, AlignerSettings.Semantic with { Threshold = 0, AdviceThreshold = 0 }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", Assert.Single(shipped).CriterionId);
        Assert.Equal(AlignerSettings.Semantic.Calibrate(0.3), shipped[0].Score, 3);
        Assert.True(shipped[0].Score >= GuidanceAligner.PrintConfidence);

        // The criterion's own text as the item: runners-up that share its words are listed, each written 0 (they lead nothing).
        var twin = new GuidanceItem(null, new LocatedText(target, null), []);
        var own = GuidanceAligner.Align(unit with { Guidance = unit.Guidance! with { ExamTips = [twin] } }, AlignerSettings.Semantic with { Threshold = 0, AdviceThreshold = 0, MarginWeight = 0 }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", own[0].CriterionId);
        Assert.True(own.Length > 1 && own[0].Score > 0);
        Assert.All(own.Skip(1), c => Assert.Equal(0, c.Score));
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
        Assert.Equal(0.37, AlignerSettings.Standards.Calibrate(0.37), 9);
        Assert.Equal(GuidanceAligner.PrintConfidence, AlignerSettings.Default.Calibrate(0.082), 9);
    }

    [Fact]
    public void AnItemOfSeveralSentencesScoresAsItsBestSentenceWithChunks()
    {
        const string Item = "Revise well before the day. Zorbling the quandle before the flimwick.";
        var unit = WithTip(Item);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var settings = AlignerSettings.Semantic with { SemanticWeight = 1, PrintAt = null, Threshold = 0.5, AdviceThreshold = 0.5 };

        Assert.Equal([Item, "Revise well before the day.", Paraphrase + "."], SemanticRanker.Chunks(Item));
        Assert.Equal(["One sentence only, e.g. this one."], SemanticRanker.Chunks("One sentence only, e.g. this one."));
        var embedder = new OneCriterionEmbedder(target, Paraphrase + ".", Item, "Revise well before the day.");
        Assert.Empty(GuidanceAligner.Align(unit, settings, embedder).Guidance!.ExamTips[0].Criteria);
        var chunked = GuidanceAligner.Align(unit, settings with { ChunkItems = true }, embedder).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", chunked[0].CriterionId);
        Assert.Equal(1.0, chunked[0].Score, 3);
    }

    [Fact]
    public void WithContextTheModelAlsoReadsDefinitionsAndIndicativeContent()
    {
        var plain = SemanticRanker.CriterionTexts(SeedUnit).ToDictionary(c => c.Id, c => c.Text);
        var context = SemanticRanker.CriterionTexts(SeedUnit, context: true);
        Assert.Equal(plain.Keys, context.Select(c => c.Id));
        Assert.All(context, c => Assert.StartsWith(plain[c.Id], c.Text, StringComparison.Ordinal));
        var definition = MarkdownInline.ToPlainText(SeedUnit.IndicativeContent.SelectMany(c => c.Definitions).First().Text.Value);
        Assert.Contains(context, c => c.Text.Contains(definition, StringComparison.Ordinal) && !plain[c.Id].Contains(definition, StringComparison.Ordinal));
    }

    [Fact]
    public void ReciprocalRankFusionPutsFirstWhatBothRankingsPutFirstAndKeepsTheWeightedScore()
    {
        var unit = SeedUnit;
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1");
        var tip = WithTip(target.Text);
        var settings = AlignerSettings.Semantic with { PrintAt = null, RelativeCut = 0 };
        var weighted = GuidanceAligner.Align(tip, settings, new OneCriterionEmbedder(target.Text)).Guidance!.ExamTips[0].Criteria;
        var fused = GuidanceAligner.Align(tip, settings with { Fusion = ScoreFusion.ReciprocalRank }, new OneCriterionEmbedder(target.Text)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", fused[0].CriterionId);
        Assert.Equal(weighted[0], fused[0]);
        Assert.Equal(3, fused.Length);
    }

    [Fact]
    public void TheGeneralDecisionWeighsTheMarginAndTheCriterionSpecificWords()
    {
        var unit = WithTip(Paraphrase);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var strict = AlignerSettings.Semantic with { GeneralModel = null, SemanticWeight = 1, PrintAt = null, Threshold = 1.5, AdviceThreshold = 1.5, MarginWeight = 0, SpecificWeight = 0 };

        // Cosine 1 with 2.1 and 0 with the rest: best 1, margin 1; the paraphrase uses no word of the unit.
        Assert.Empty(GuidanceAligner.Align(unit, strict, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria);
        Assert.Equal("2.1", GuidanceAligner.Align(unit, strict with { MarginWeight = 1 }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria[0].CriterionId);
        Assert.Empty(GuidanceAligner.Align(unit, strict with { SpecificWeight = 10 }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria);

        var own = WithTip(target);
        Assert.Empty(GuidanceAligner.Align(own, strict, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria);
        Assert.Equal("2.1", GuidanceAligner.Align(own, strict with { SpecificWeight = 10 }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria[0].CriterionId);
    }

    [Fact]
    public void AStudyAdviceWordTheCriteriaUseIsContentWhenAskedSo()
    {
        var cue = SeedUnit.Outcomes.SelectMany(o => o.Criteria).SelectMany(c => c.Text.Value.Split(' '))
            .First(w => TextAnalyzer.Terms(w).ToList() is [var t] && StudyAdvice.IsAdvice([t]));
        var item = Paraphrase + " " + cue;
        var unit = WithTip(item);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var settings = AlignerSettings.Semantic with { GeneralModel = null, SemanticWeight = 1, PrintAt = null, Threshold = 0.3, AdviceThreshold = 1.5, MarginWeight = 0, SpecificWeight = 0 };

        Assert.Empty(GuidanceAligner.Align(unit, settings, new OneCriterionEmbedder(target, item)).Guidance!.ExamTips[0].Criteria);
        var aligned = GuidanceAligner.Align(unit, settings with { AdviceExceptUnitWords = true }, new OneCriterionEmbedder(target, item)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", aligned[0].CriterionId);
        Assert.Empty(GuidanceAligner.Align(WithTip(Paraphrase + " revision"), settings with { AdviceExceptUnitWords = true }, new OneCriterionEmbedder(target, Paraphrase + " revision")).Guidance!.ExamTips[0].Criteria);
    }

    [Fact]
    public void ALearnedFusionWeighingOnlyTheCosineRanksAsTheModelDoes()
    {
        var unit = WithTip(Paraphrase);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var weights = new double[LearnedFusion.FeatureCount + 1];
        weights[LearnedRanker.FeatureCount + 2] = 10; // the cosine, after the lexical five and the definition match
        weights[0] = -5;
        var settings = AlignerSettings.Semantic with { Fusion = ScoreFusion.Learned, LearnedWeights = [.. weights], PrintAt = null, PrintOnLead = false, Threshold = 0.5, AdviceThreshold = 0.5, SpecificWeight = 0 };

        var aligned = GuidanceAligner.Align(unit, settings, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", aligned[0].CriterionId);
        Assert.Equal(1 / (1 + Math.Exp(-5)), aligned[0].Score, 3);
        Assert.Empty(GuidanceAligner.Align(unit, settings with { LearnedWeights = [.. weights.Select((w, i) => i == 0 ? -5 : 0.0)] }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria);
    }

    [Fact]
    public void TheLearnedGeneralDecisionReadsTheModelsFeatures()
    {
        var unit = WithTip(Paraphrase);
        var target = SemanticRanker.CriterionTexts(unit).Single(c => c.Id == "2.1").Text;
        var weights = new double[GeneralDecision.FeatureCount + SemanticRanker.GeneralFeatureCount + 1];
        weights[0] = 5;
        var settings = AlignerSettings.Semantic with { GeneralModel = null, PrintAt = null, GeneralWeights = [.. weights] };

        // Biased towards general; only a weight on the model's best cosine (1 for the paraphrase) can make it specific.
        Assert.Empty(GuidanceAligner.Align(unit, settings, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria);
        weights[GeneralDecision.FeatureCount + 1] = -10;
        var aligned = GuidanceAligner.Align(unit, settings with { GeneralWeights = [.. weights] }, new OneCriterionEmbedder(target)).Guidance!.ExamTips[0].Criteria;
        Assert.Equal("2.1", aligned[0].CriterionId);
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
