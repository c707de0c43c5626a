using System.Collections.Immutable;

namespace UnitCompiler.Guidance;

/// <summary>
/// The general-advice decision as a logistic model over features that do not depend on how closely an
/// author paraphrases: the item's best score and its lead over the second, the share of its words only
/// one or two criteria use, a study-advice word, the synopsis section it sits in (an exam tip is often
/// general, a misconception or marking point rarely), its best score as a z-score among the synopsis's
/// own items, the share of its words the unit uses anywhere, an opening verb and "you". An item is
/// general when its probability is at least <see cref="Cut"/>.
/// </summary>
/// <param name="Weights">The bias, then one weight per feature in <see cref="Features"/>' order, in the features' own units.</param>
/// <param name="Cut">The probability at or above which an item is general.</param>
public sealed record GeneralModel(ImmutableArray<double> Weights, double Cut)
{
    /// <summary>How many features an item has.</summary>
    public const int FeatureCount = 11;

    /// <summary>
    /// <c>unitc-semantic</c>'s (<see cref="AlignerSettings.Semantic"/>): fitted on the six-author tuning
    /// pool's items with the model's blended score (L2 0.01 on standardised features; items that say
    /// they are out of scope left out, they are general before the model is asked), the cut by the
    /// pool's top-1 + top-3 + general. Leave-one-author-out, the same fit on five authors beat the
    /// thresholds on five of the six (README, Study guidance; bench/alignment-analysis/logit6.py, fit6.py).
    /// </summary>
    public static GeneralModel Semantic { get; } = new(
        [-1.0223, -7.8913, -6.6125, -1.9389, 1.4197, 1.2207, -0.8267, 1.3164, -1.1418, -2.0559, 0.0349, 0.4140], 0.3);

    /// <summary>One item's features, in the order of <see cref="Weights"/> after the bias.</summary>
    /// <param name="best">The best criterion's raw score.</param>
    /// <param name="second">The second-best raw score.</param>
    /// <param name="specific">The share of the item's distinct words that at most two criteria use.</param>
    /// <param name="advice">Whether it uses a study-advice word.</param>
    /// <param name="section">The synopsis section: key_concepts, exam_tips, misconceptions or marking_points.</param>
    /// <param name="z">The best score's z-score among the synopsis's items' best scores.</param>
    /// <param name="shared">The share of the item's distinct words the unit uses anywhere (criteria, definitions, indicative content).</param>
    /// <param name="opensWithVerb">Whether its first word is a verb's base form.</param>
    /// <param name="addressesYou">Whether it says "you", "your" or "yourself".</param>
    public static double[] Features(double best, double second, double specific, bool advice, string section, double z, double shared, bool opensWithVerb, bool addressesYou) =>
    [
        best, best - second, specific, advice ? 1 : 0,
        section == "exam_tips" ? 1 : 0, section == "misconceptions" ? 1 : 0, section == "marking_points" ? 1 : 0,
        z, shared, opensWithVerb ? 1 : 0, addressesYou ? 1 : 0,
    ];

    /// <summary>The probability that an item with these features is general advice.</summary>
    public double Probability(double[] features)
    {
        if (Weights.Length != features.Length + 1)
        {
            throw new ArgumentException($"{Weights.Length} weights for {features.Length} features");
        }

        var x = Weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            x += Weights[i + 1] * features[i];
        }

        return 1 / (1 + Math.Exp(-x));
    }

    public bool IsGeneral(double[] features) => Probability(features) >= Cut;
}
