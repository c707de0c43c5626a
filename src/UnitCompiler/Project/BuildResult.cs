using System.Collections.Immutable;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Project;

/// <summary>What a build did: files written, files already up to date, and every diagnostic.</summary>
public sealed record BuildResult(int Units, int Written, int Unchanged, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// True when the build could not run as asked (a format it does not know, a templates folder that is
    /// not there): a usage problem, not a problem of the inputs.
    /// </summary>
    public bool NotRunAsAsked { get; init; }

    /// <summary>Qualification specs among the inputs (built after the units).</summary>
    public int Qualifications { get; init; }

    /// <summary>Units whose documents the build record showed were current, so they were neither parsed nor rendered.</summary>
    public int Skipped { get; init; }
}
