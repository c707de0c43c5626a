using System.Collections.Immutable;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Project;

/// <summary>What <see cref="ProjectExport.Run"/> did: the files it wrote, how many it left as they were, and what it found.</summary>
public sealed record ExportResult(IReadOnlyList<string> Written, int Unchanged, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
