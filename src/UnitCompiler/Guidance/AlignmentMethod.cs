namespace UnitCompiler.Guidance;

/// <summary>How guidance items are scored against criteria (compared in bench/ with <c>alignment</c>).</summary>
public enum AlignmentMethod
{
    /// <summary>TF-IDF cosine over the criterion documents: the first method, kept as the baseline.</summary>
    TfIdf,

    /// <summary>BM25 with definitions and indicative content as expansion, without the thesaurus (an ablation).</summary>
    Bm25Plain,

    /// <summary>BM25 with definitions, indicative content and the domain thesaurus: the default.</summary>
    Bm25,

    /// <summary>The mean of <see cref="Bm25"/> and <see cref="TfIdf"/> scores.</summary>
    Fused,

    /// <summary>A logistic combination of BM25, TF-IDF and outcome scores with fitted weights (<see cref="LearnedRanker"/>).</summary>
    Learned,
}
