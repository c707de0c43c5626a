using System.Collections.Frozen;

namespace UnitCompiler.Changes;

/// <summary>
/// The published name of each change kind (JSON, unitc.yaml's <c>diff:</c> section, the README) and
/// its class when the text does not make it editorial. Names are kebab case and never renamed.
/// </summary>
public static class ChangeKinds
{
    private static readonly (ChangeKind Kind, string Name, ChangeClass Default)[] Table =
    [
        (ChangeKind.UnitAdded, "unit-added", ChangeClass.Material),
        (ChangeKind.UnitRemoved, "unit-removed", ChangeClass.Material),
        (ChangeKind.UnitReferenceChanged, "unit-reference-changed", ChangeClass.Material),
        (ChangeKind.TitleChanged, "title-changed", ChangeClass.Material),
        (ChangeKind.LevelChanged, "level-changed", ChangeClass.Material),
        (ChangeKind.CreditChanged, "credit-changed", ChangeClass.Material),
        (ChangeKind.GlhChanged, "glh-changed", ChangeClass.Material),
        (ChangeKind.VersionChanged, "version-changed", ChangeClass.Editorial),
        (ChangeKind.MetadataChanged, "metadata-changed", ChangeClass.Editorial),
        (ChangeKind.PreambleChanged, "preamble-changed", ChangeClass.Editorial),
        (ChangeKind.OutcomeAdded, "outcome-added", ChangeClass.Material),
        (ChangeKind.OutcomeRemoved, "outcome-removed", ChangeClass.Material),
        (ChangeKind.OutcomeRenumbered, "outcome-renumbered", ChangeClass.Material),
        (ChangeKind.OutcomeReworded, "outcome-reworded", ChangeClass.Material),
        (ChangeKind.OutcomeKindChanged, "outcome-kind-changed", ChangeClass.Material),
        (ChangeKind.CriterionAdded, "criterion-added", ChangeClass.Material),
        (ChangeKind.CriterionRemoved, "criterion-removed", ChangeClass.Material),
        (ChangeKind.CriterionRenumbered, "criterion-renumbered", ChangeClass.Material),
        (ChangeKind.CriterionMoved, "criterion-moved", ChangeClass.Material),
        (ChangeKind.CriterionReworded, "criterion-reworded", ChangeClass.Material),
        (ChangeKind.ItemAdded, "item-added", ChangeClass.Material),
        (ChangeKind.ItemRemoved, "item-removed", ChangeClass.Material),
        (ChangeKind.ItemReworded, "item-reworded", ChangeClass.Material),
        (ChangeKind.DefinitionAdded, "definition-added", ChangeClass.Material),
        (ChangeKind.DefinitionRemoved, "definition-removed", ChangeClass.Material),
        (ChangeKind.DefinitionReworded, "definition-reworded", ChangeClass.Material),
        (ChangeKind.NotesChanged, "notes-changed", ChangeClass.Material),
        (ChangeKind.AssessmentChanged, "assessment-changed", ChangeClass.Material),
        (ChangeKind.GuidanceChanged, "guidance-changed", ChangeClass.Editorial),
        (ChangeKind.QualificationAdded, "qualification-added", ChangeClass.Material),
        (ChangeKind.QualificationRemoved, "qualification-removed", ChangeClass.Material),
        (ChangeKind.QualificationMetadataChanged, "qualification-metadata-changed", ChangeClass.Material),
        (ChangeKind.GroupAdded, "group-added", ChangeClass.Material),
        (ChangeKind.GroupRemoved, "group-removed", ChangeClass.Material),
        (ChangeKind.GroupChanged, "group-changed", ChangeClass.Material),
        (ChangeKind.GroupUnitAdded, "group-unit-added", ChangeClass.Material),
        (ChangeKind.GroupUnitRemoved, "group-unit-removed", ChangeClass.Material),
        (ChangeKind.RuleChanged, "rule-changed", ChangeClass.Material),
        (ChangeKind.BarredPairAdded, "barred-pair-added", ChangeClass.Material),
        (ChangeKind.BarredPairRemoved, "barred-pair-removed", ChangeClass.Material),
    ];

    private static readonly FrozenDictionary<ChangeKind, (string Name, ChangeClass Default)> ByKind =
        Table.ToFrozenDictionary(t => t.Kind, t => (t.Name, t.Default));

    private static readonly FrozenDictionary<string, ChangeKind> ByName =
        Table.ToFrozenDictionary(t => t.Name, t => t.Kind, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ChangeKind> All => Table.Select(t => t.Kind);

    public static string Name(ChangeKind kind) => ByKind[kind].Name;

    public static ChangeClass DefaultClass(ChangeKind kind) => ByKind[kind].Default;

    public static ChangeKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    public static string ClassName(ChangeClass c) => c == ChangeClass.Material ? "material" : "editorial";
}
