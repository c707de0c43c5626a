namespace UnitCompiler.Exchange.Case;

/// <summary>The CFItemTypes of a unit's tree, one per level, with the hierarchy code consumers sort them by.</summary>
public static class CaseItemTypes
{
    public const string Unit = "Unit";
    public const string Outcome = "Learning Outcome";
    public const string Criterion = "Assessment Criterion";
    public const string SubItem = "Criterion Item";

    public static readonly (string Title, string Code, string Description)[] All =
    [
        (Unit, "1", "A regulated qualification unit."),
        (Outcome, "2", "A learning outcome: what the learner will understand or be able to do."),
        (Criterion, "3", "An assessment criterion: what the learner can do to show the outcome is met."),
        (SubItem, "4", "A lettered part of an assessment criterion."),
    ];
}
