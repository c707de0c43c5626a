using System.Collections.Immutable;

namespace UnitCompiler.Guidance;

/// <summary>
/// One aligner: its method and the cut-offs chosen for it on the tuning half of the labelled set
/// (tests/UnitCompiler.Tests/TestFiles/alignment; bench/ <c>alignment --sweep</c> reproduces the choice).
/// </summary>
/// <param name="Method">How criteria are scored.</param>
/// <param name="Threshold">Below this best score an item is general advice.</param>
/// <param name="AdviceThreshold">Below this best score an item that reads as study advice is general advice.</param>
/// <param name="RelativeCut">
/// A criterion after the first is listed only when it scores at least this share of the best; 0 lists
/// the best <paramref name="MaxCriteria"/> of an item that is not general, each with its score (the
/// documents print only those at the print confidence, so listing more shows a writer the runners-up
/// without printing them).
/// </param>
/// <param name="MaxCriteria">At most this many criteria per item.</param>
/// <param name="K1">BM25 term-frequency saturation.</param>
/// <param name="B">BM25 document-length normalisation.</param>
public sealed record AlignerSettings(AlignmentMethod Method, double Threshold, double AdviceThreshold, double RelativeCut, int MaxCriteria = 3, double K1 = 1.2, double B = 0.75)
{
    /// <summary>The first aligner as it was: TF-IDF, cosine 0.08, half the best, no study-advice feature.</summary>
    public static AlignerSettings Baseline { get; } = new(AlignmentMethod.TfIdf, 0.08, 0.08, 0.5);

    /// <summary>
    /// What <c>import --guidance</c> and <c>align</c> use, chosen on the tuning pool (labelled sets of
    /// four authors, not the test half; bench/ <c>alignment</c>): BM25 k1 2, b 0.5; general under 0.04
    /// (0.08 for study advice), counting a tenth of the share of the item's words that only one or two
    /// criteria use as evidence; the best three criteria of an item that is not general are listed. The
    /// score written is the best criterion's lead over the runner-up (<see cref="PrintOnLead"/>),
    /// calibrated so that the lead of 0.082 at which the pool's printing, and each author's, is ≥ 95 %
    /// right is written as the print confidence (fitted so on three authors, the fourth's was ≥ 91 %
    /// right for each of the four: <c>alignment --loao</c>). Since the fifth round (six authors, leave-one-author-out)
    /// an item that says its topic is another unit's is general (<see cref="ScopeOut"/>) and the criteria
    /// are listed in the order of BM25 + TF-IDF (<see cref="ListBy"/>); the lead's fit was unchanged.
    /// </summary>
    public static AlignerSettings Default { get; } = new(AlignmentMethod.Bm25, 0.04, 0.08, 0, 3, 2.0, 0.5) { SpecificWeight = 0.1, ScopeOut = true, ListBy = AlignmentMethod.Fused, PrintOnLead = true, PrintAt = 0.082 };

    /// <summary>
    /// The ranker and cut the KSB mapping (<see cref="Exchange.Standards.KsbMapper"/>) was measured with:
    /// the aligner's earlier default, kept apart so that tuning guidance alignment does not move it.
    /// </summary>
    public static AlignerSettings Standards { get; } = new(AlignmentMethod.Bm25, 0.04, 0.08, 0.5, 3, 0.9, 0.3);

    /// <summary>
    /// A sentence model's cosine (weight 0.3) blended with BM25 (k1 2, b 0.5, with the thesaurus)
    /// (<see cref="GuidanceAligner.Align(Model.Unit, AlignerSettings, ITextEmbedder)"/>, src/Unitc.Semantic):
    /// weight, cut-offs, the general decision's margin and specific-word weights and a small sibling
    /// bonus on the runners-up chosen on the three-author tuning pool with MiniLM
    /// (bench/UnitCompiler.Semantic). The score written is the best criterion's lead over the runner-up
    /// (<see cref="PrintOnLead"/>), the print confidence where the four-author pool's printing and each
    /// author's is ≥ 95 % right (a lead of 0.066; leave-one-author-out ≥ 94 % right for each author).
    /// Since the fifth round the general decision is <see cref="Guidance.GeneralModel.Semantic"/> after
    /// the out-of-scope phrases (<see cref="ScopeOut"/>), chosen leave-one-author-out over six authors.
    /// </summary>
    /// <remarks>
    /// Of the candidates compared on the pool (a learned fusion of the cosine with the lexical features,
    /// a learned general decision, BM25F, a sibling bonus, the outcome score; earlier, ArcticXs and both
    /// models), this scored highest; see README, Study guidance.
    /// </remarks>
    public static AlignerSettings Semantic { get; } = new(AlignmentMethod.Bm25, 0.175, 0.225, 0, 3, 2.0, 0.5) { SemanticWeight = 0.3, MarginWeight = 0.5, SpecificWeight = 0.3, SiblingBonus = 0.02, ScopeOut = true, GeneralModel = GeneralModel.Semantic, PrintOnLead = true, PrintAt = 0.066 };

    /// <summary>
    /// The share of a criterion's lexical score that is its outcome's (<see cref="OutcomeRanker"/>): 0
    /// scores criteria alone.
    /// </summary>
    public double OutcomeWeight { get; init; }

    /// <summary>
    /// Document order as evidence: within a synopsis section, a criterion at or after the previous
    /// aligned item's first criterion (in the unit's order) ranks as if it scored this much more. It
    /// moves the ranking only; the scores written, and so the general decision and what is printed,
    /// stay the words' evidence. 0: no order prior.
    /// </summary>
    public double OrderBonus { get; init; }

    /// <summary>With <see cref="OrderBonus"/>, how many criteria after the previous item's the bonus reaches (0: all of them).</summary>
    public int OrderWindow { get; init; }

    /// <summary>
    /// For <see cref="AlignmentMethod.Learned"/>: the bias and one weight per feature of
    /// <see cref="LearnedRanker"/>, fitted on the tuning pool.
    /// </summary>
    public ImmutableArray<double> LearnedWeights { get; init; } = [];

    /// <summary>
    /// When set, the general-advice decision is <see cref="GeneralDecision"/> (its bias and one weight per
    /// feature, fitted on the tuning pool) instead of the thresholds: an item is general when its
    /// probability of being general is at least <see cref="GeneralCut"/>.
    /// </summary>
    public ImmutableArray<double> GeneralWeights { get; init; } = [];

    /// <summary>With <see cref="GeneralWeights"/>, the probability at or above which an item is general.</summary>
    public double GeneralCut { get; init; } = 0.5;

    /// <summary>
    /// When set (one weight per field of <see cref="CriterionDocuments.Fields"/>: own text, sub-items,
    /// outcome title, definitions, indicative content), the BM25 methods score fields apart
    /// (<see cref="Bm25FIndex"/>, BM25F) instead of one bag of the criterion's words.
    /// </summary>
    public ImmutableArray<double> FieldWeights { get; init; } = [];

    /// <summary>
    /// Items often serve two or three neighbouring criteria: after the best criterion, the runners-up
    /// listed are ordered as if a criterion of the best one's outcome scored this much more. The
    /// scores written, and so what is printed, stay the words' evidence. 0: runners-up by score alone.
    /// </summary>
    public double SiblingBonus { get; init; }

    /// <summary>The synonym groups the BM25 methods use; null: <see cref="Thesaurus.Default"/> (the bench's ablations set others).</summary>
    internal Thesaurus? Synonyms { get; init; }

    /// <summary>With an embedder, the share of the score that is the model's cosine (the rest is the lexical method's).</summary>
    public double SemanticWeight { get; init; } = 0.5;

    /// <summary>With an embedder, how the model's and the lexical ranking are combined.</summary>
    public ScoreFusion Fusion { get; init; } = ScoreFusion.Weighted;

    /// <summary>
    /// With an embedder, the model also reads each criterion's key terms with the unit's definitions of
    /// them and the indicative content filed under it, as the lexical methods do.
    /// </summary>
    public bool EmbedContext { get; init; }

    /// <summary>
    /// With an embedder, text put before each item (the query side) and not before criteria: models
    /// trained for retrieval with an instruction (ArcticXs: "Represent this sentence for searching
    /// relevant passages: ") expect it. Null: items are embedded as they are.
    /// </summary>
    public string? QueryPrefix { get; init; }

    /// <summary>With an embedder, an item of several sentences scores as its best sentence (or the whole, if better).</summary>
    public bool ChunkItems { get; init; }

    /// <summary>
    /// A study-advice word the unit's own criteria use ("assessment" in a unit about assessing needs)
    /// is content there, not a sign of advice, so it does not raise the threshold.
    /// </summary>
    public bool AdviceExceptUnitWords { get; init; }

    /// <summary>
    /// The general-advice decision's weight on the margin between the first and second criterion: an
    /// item that fits one criterion clearly better than the rest is less likely general. With
    /// <see cref="SpecificWeight"/> and the thresholds, a linear decision calibrated on the tuning half.
    /// </summary>
    public double MarginWeight { get; init; }

    /// <summary>
    /// The general-advice decision's weight on the share of the item's words that belong to a few
    /// criteria only (used by at most two criteria's own text): general advice rarely uses them.
    /// </summary>
    public double SpecificWeight { get; init; }

    /// <summary>
    /// The raw score at which this aligner's printed alignments are ≥ 90 % right on the tuning half, or
    /// null when that is <see cref="GuidanceAligner.PrintConfidence"/> already. Scores written to the spec
    /// are mapped (piecewise linearly, order kept) so that this raw score becomes the print confidence:
    /// one <c>unitc.yaml</c> confidence then means the same whichever aligner wrote the spec.
    /// </summary>
    public double? PrintAt { get; init; }

    /// <summary>
    /// The score written for a criterion is its lead over the best other criterion (the best one's
    /// margin over the runner-up; 0 for every runner-up), not its own score, so the print confidence
    /// prints an item under its best criterion only when that criterion stands clearly ahead. Chosen by
    /// leave-one-author-out on the four-author pool: a raw-score confidence fitted on three authors
    /// printed 71 % right on the fourth, a lead fitted the same way at least 94 % on each (README,
    /// Study guidance). The list and its order are unchanged: the written scores only say what to print.
    /// </summary>
    public bool PrintOnLead { get; init; }

    /// <summary>
    /// An item that says its topic lies outside the unit (<see cref="OutOfScope"/>, "covered in the
    /// payroll unit, not this one") is general guidance whatever it scores. Chosen by
    /// leave-one-author-out on the six-author pool (README, Study guidance): it left more general items
    /// general for every author who writes so, and cost no item labelled with a criterion.
    /// </summary>
    public bool ScopeOut { get; init; }

    /// <summary>
    /// When set, the criteria are listed in this method's order while <see cref="Method"/>'s scores
    /// still decide general advice and the lead (so an item whose first listed criterion is not the
    /// best by <see cref="Method"/> has no lead and is not printed). Null: listed by <see cref="Method"/>.
    /// The lexical aligner only (with an embedder the model's blend orders the list).
    /// </summary>
    public AlignmentMethod? ListBy { get; init; }

    /// <summary>
    /// When set, the general-advice decision is this logistic model (<see cref="GeneralModel"/>) instead of
    /// the thresholds, margin and specific-word weights.
    /// </summary>
    public GeneralModel? GeneralModel { get; init; }

    /// <summary>A raw score as written to the spec (see <see cref="PrintAt"/>).</summary>
    public double Calibrate(double raw)
    {
        if (PrintAt is not { } at || at <= 0 || at >= 1)
        {
            return raw;
        }

        const double c = GuidanceAligner.PrintConfidence;
        return raw <= at ? raw * c / at : c + ((raw - at) * (1 - c) / (1 - at));
    }
}
