using System.Collections.Immutable;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Changes;

/// <summary>One version of the specs a project holds: its units and its qualifications.</summary>
public sealed record Catalogue(ImmutableArray<Unit> Units, ImmutableArray<Qualification> Qualifications)
{
    public static Catalogue Empty { get; } = new([], []);
}
