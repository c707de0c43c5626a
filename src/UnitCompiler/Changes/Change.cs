using System.Collections.Immutable;

namespace UnitCompiler.Changes;

/// <summary>
/// One change between two versions of a spec. <see cref="Owner"/> is the unit reference (or the
/// qualification number) it belongs to, <see cref="Subject"/> the part within it ("2.3", "level",
/// a group id); <see cref="Summary"/> is the sentence a version-change table would carry.
/// </summary>
public sealed record Change(ChangeKind Kind, ChangeClass Class, ChangeScope Scope, string Owner, string? Subject, string Summary)
{
    /// <summary>The id before and after, where the change moved or renumbered something.</summary>
    public string? OldId { get; init; }

    public string? NewId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    /// <summary>A word-level diff of <see cref="Before"/> and <see cref="After"/>, for rewordings.</summary>
    public ImmutableArray<WordEdit> Words { get; init; } = [];

    /// <summary>Why a rewording reads the same ("spelling variant", "case"), when it does.</summary>
    public string? EditorialReason { get; init; }
}

/// <summary>What a change belongs to.</summary>
public enum ChangeScope
{
    Unit,
    Qualification,
}
