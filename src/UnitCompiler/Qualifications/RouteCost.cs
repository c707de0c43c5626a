namespace UnitCompiler.Qualifications;

/// <summary>What the solver minimises over the valid routes.</summary>
public enum RouteCost
{
    /// <summary>The qualification's GLH is the lowest over its valid routes.</summary>
    GuidedLearningHours,
    /// <summary>The fewest credits a learner can achieve it with.</summary>
    Credits,
}
