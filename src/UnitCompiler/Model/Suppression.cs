namespace UnitCompiler.Model;

/// <summary>A writer's deliberate exception to one lint rule on one criterion, with the reason for reviewers.</summary>
public sealed record Suppression(string Rule, string Reason);
