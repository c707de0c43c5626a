using System.Collections.Immutable;

namespace UnitCompiler.Changes;

/// <summary>Every change between two versions of a catalogue, in the order of the new catalogue.</summary>
public sealed record ChangeSet(ImmutableArray<Change> Changes)
{
    public static ChangeSet Empty { get; } = new([]);

    public bool IsEmpty => Changes.IsEmpty;

    public bool HasMaterial => Changes.Any(c => c.Class == ChangeClass.Material);

    public int Material => Changes.Count(c => c.Class == ChangeClass.Material);

    public int Editorial => Changes.Count(c => c.Class == ChangeClass.Editorial);
}
