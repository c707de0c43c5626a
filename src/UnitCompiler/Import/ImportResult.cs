using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>What an import gives: the unit (null only when the file could not be read at all) and every diagnostic.</summary>
public sealed record ImportResult(Unit? Unit, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
