using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Project;

/// <summary>
/// One input as every command sees it: the decoded text (null when the file could not be read or
/// decoded), the unit its stage made of that text, and every diagnostic, decoding included. A spec's
/// unit is null when it has errors; an export's is kept, as the importer returns it, so a command
/// can still show what was read.
/// </summary>
public sealed record LoadedInput(string Path, InputKind Kind, SourceText? Source, Unit? Unit, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The qualification a qualification spec made (null on error, and for every other kind).</summary>
    public Qualifications.Qualification? Qualification { get; init; }

    /// <summary>True when the file starts with a UTF-8 byte order mark (which the canonical form of a spec does not have).</summary>
    public bool HasBom { get; init; }
}
