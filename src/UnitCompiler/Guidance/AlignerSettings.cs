namespace UnitCompiler.Guidance;

/// <summary>
/// One aligner: its method and the cut-offs chosen for it on the tuning half of the labelled set
/// (tests/UnitCompiler.Tests/TestFiles/alignment; bench/ <c>alignment --sweep</c> reproduces the choice).
/// </summary>
/// <param name="Method">How criteria are scored.</param>
/// <param name="Threshold">Below this best score an item is general advice.</param>
/// <param name="AdviceThreshold">Below this best score an item that reads as study advice is general advice.</param>
/// <param name="RelativeCut">A criterion after the first is listed only when it scores at least this share of the best.</param>
/// <param name="MaxCriteria">At most this many criteria per item.</param>
/// <param name="K1">BM25 term-frequency saturation.</param>
/// <param name="B">BM25 document-length normalisation.</param>
public sealed record AlignerSettings(AlignmentMethod Method, double Threshold, double AdviceThreshold, double RelativeCut, int MaxCriteria = 3, double K1 = 1.2, double B = 0.75)
{
    /// <summary>The first aligner as it was: TF-IDF, cosine 0.08, half the best, no study-advice feature.</summary>
    public static AlignerSettings Baseline { get; } = new(AlignmentMethod.TfIdf, 0.08, 0.08, 0.5);

    /// <summary>What <c>import --guidance</c> and <c>align</c> use.</summary>
    public static AlignerSettings Default { get; } = new(AlignmentMethod.Bm25, 0.04, 0.08, 0.5, 3, 0.9, 0.3);

    /// <summary>
    /// A sentence model blended with the mean of BM25 (as <see cref="Default"/>) and TF-IDF (<see cref="GuidanceAligner.Align(Model.Unit, AlignerSettings, ITextEmbedder)"/>,
    /// src/Unitc.Semantic): cut-offs and weight chosen on the tuning half with MiniLM (bench/UnitCompiler.Semantic).
    /// </summary>
    public static AlignerSettings Semantic { get; } = new(AlignmentMethod.Fused, 0.2, 0.35, 0.5, 3, 0.9, 0.3) { SemanticWeight = 0.4, PrintAt = 0.42 };

    /// <summary>With an embedder, the share of the score that is the model's cosine (the rest is the lexical method's).</summary>
    public double SemanticWeight { get; init; } = 0.5;

    /// <summary>
    /// The raw score at which this aligner's printed alignments are ≥ 90 % right on the tuning half, or
    /// null when that is <see cref="GuidanceAligner.PrintConfidence"/> already. Scores written to the spec
    /// are mapped (piecewise linearly, order kept) so that this raw score becomes the print confidence:
    /// one <c>unitc.yaml</c> confidence then means the same whichever aligner wrote the spec.
    /// </summary>
    public double? PrintAt { get; init; }

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
