using System.Collections.Immutable;

namespace UnitCompiler.Changes;

/// <summary>
/// The <c>diff:</c> section of unitc.yaml: change kinds a project classes otherwise than the defaults
/// (<c>material: [criterion-renumbered]</c>, <c>editorial: [guidance-changed]</c>), and the git
/// revision lint compares with to ask for a history entry (<c>base: main</c>).
/// </summary>
public sealed record DiffSettings(ImmutableDictionary<ChangeKind, ChangeClass> Overrides, string? Base)
{
    public static DiffSettings Default { get; } = new(ImmutableDictionary<ChangeKind, ChangeClass>.Empty, null);

    /// <summary>
    /// A kind the project names is that class whatever the text; otherwise a rewording that reads
    /// the same (<paramref name="editorialReason"/>) is editorial, and anything else takes its kind's default.
    /// </summary>
    public ChangeClass Classify(ChangeKind kind, string? editorialReason) =>
        Overrides.TryGetValue(kind, out var forced) ? forced
        : editorialReason is not null ? ChangeClass.Editorial
        : ChangeKinds.DefaultClass(kind);
}
