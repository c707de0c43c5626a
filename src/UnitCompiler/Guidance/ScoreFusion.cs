namespace UnitCompiler.Guidance;

/// <summary>How a sentence model's ranking and the lexical ranking are combined (compared in bench/UnitCompiler.Semantic).</summary>
public enum ScoreFusion
{
    /// <summary><c>weight × cosine + (1 − weight) × lexical score</c>: the scores themselves decide.</summary>
    Weighted,

    /// <summary>
    /// Criteria ordered by reciprocal-rank fusion (<c>Σ 1 / (k + rank)</c> over both rankings, k 5), so
    /// neither method's score scale dominates; the scores kept are the weighted ones, which the
    /// general-advice and print decisions need on an absolute scale.
    /// </summary>
    ReciprocalRank,

    /// <summary>
    /// A logistic model of the cosine and the lexical features (<see cref="LearnedFusion"/>) with the
    /// weights <see cref="AlignerSettings.LearnedWeights"/>: the score is its probability that the
    /// criterion is one the item serves.
    /// </summary>
    Learned,
}
