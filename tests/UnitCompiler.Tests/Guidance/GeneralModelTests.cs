using System.Collections.Immutable;
using UnitCompiler.Guidance;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// The logistic general decision (<see cref="GeneralModel"/>, <c>unitc-semantic</c>'s since the fifth
/// round): its weights are the fitted data, and the aligner decides by them.
/// </summary>
public class GeneralModelTests
{
    private static readonly Lazy<AlignmentSet> Pool = new(() => AlignmentSet.LoadPool(TestPaths.TestFile(""), TestPaths.Seed("")));

    private static double[] Item(double best = 0.15, string section = "key_concepts", double z = 0, bool advice = false) =>
        GeneralModel.Features(best, best - 0.02, 0.1, advice, section, z, 0.4, false, false);

    [Fact]
    public void TheShippedModelHasABiasAndOneWeightPerFeatureAndIsTheSemanticDecision()
    {
        Assert.Equal(GeneralModel.FeatureCount, Item().Length);
        Assert.Equal(GeneralModel.FeatureCount + 1, GeneralModel.Semantic.Weights.Length);
        Assert.Same(GeneralModel.Semantic, AlignerSettings.Semantic.GeneralModel);
        Assert.Null(AlignerSettings.Default.GeneralModel);
        Assert.Null(AlignerSettings.Standards.GeneralModel);
        Assert.Throws<ArgumentException>(() => GeneralModel.Semantic.Probability([1, 2]));
    }

    [Fact]
    public void AWeakerMatchAnExamTipAndAStudyAdviceWordEachMakeGeneralLikelier()
    {
        var m = GeneralModel.Semantic;
        Assert.True(m.Probability(Item(best: 0.1)) > m.Probability(Item(best: 0.3)));
        Assert.True(m.Probability(Item(section: "exam_tips")) > m.Probability(Item(section: "misconceptions")));
        Assert.True(m.Probability(Item(advice: true)) > m.Probability(Item()));

        // Relative to the synopsis: the same score is weaker evidence in a synopsis whose items all score higher.
        Assert.True(m.Probability(Item(z: -1.5)) > m.Probability(Item(z: 1.5)));
    }

    [Fact]
    public void TheAlignerDecidesByTheModel()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        double[] Bias(double b) => [b, .. new double[GeneralModel.FeatureCount]];
        var always = GuidanceAligner.Align(unit, AlignerSettings.Default with { GeneralModel = new(Bias(20).ToImmutableArray(), 0.5) }).Guidance!.AllItems.ToList();
        var never = GuidanceAligner.Align(unit, AlignerSettings.Default with { GeneralModel = new(Bias(-20).ToImmutableArray(), 0.5) }).Guidance!.AllItems.ToList();
        Assert.All(always, i => Assert.Empty(i.Criteria));
        Assert.All(never.Where(i => !OutOfScope.Says(i.Text.Value)), i => Assert.NotEmpty(i.Criteria));
        Assert.True(never.Count(i => i.Criteria.Length > 0) > GuidanceAligner.Align(unit).Guidance!.AllItems.Count(i => i.Criteria.Length > 0));
    }
}
