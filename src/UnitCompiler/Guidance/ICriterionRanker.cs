namespace UnitCompiler.Guidance;

/// <summary>Scores every criterion of one unit against an item's words; built once per unit.</summary>
internal interface ICriterionRanker
{
    /// <summary>Every criterion with its score in [0, 1], best first (ties by id).</summary>
    IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query);
}
