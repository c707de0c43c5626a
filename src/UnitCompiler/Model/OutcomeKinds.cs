namespace UnitCompiler.Model;

/// <summary>
/// The one table of outcome kinds and the names specs, templates and messages spell them with
/// (<c>kind: skill</c>), so the spelling cannot drift between the writer, the reader and a document.
/// </summary>
public static class OutcomeKinds
{
    private static readonly (OutcomeKind Kind, string Name)[] Table = [(OutcomeKind.Knowledge, "knowledge"), (OutcomeKind.Skill, "skill")];

    /// <summary>"knowledge or skill": what a spec may say.</summary>
    public static string Expected { get; } = string.Join(" or ", Table.Select(t => t.Name));

    public static string Name(this OutcomeKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The kind a spec's <c>kind:</c> names, or null for anything else.</summary>
    public static OutcomeKind? Parse(string name) => Table.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal)) is { Name: not null } t ? t.Kind : null;
}
