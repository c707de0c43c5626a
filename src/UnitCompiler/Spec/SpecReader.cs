using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>
/// Loads a YAML spec into a <see cref="Unit"/> whose strings point at their place in the YAML, so
/// lint and build report problems at the line and column a writer edits. Every problem of the file
/// is reported in one pass; the unit is returned only when there was no error.
/// </summary>
public static class SpecReader
{
    /// <summary>YAML as bytes (decoding included), as the fuzzer feeds it; files are read by the project layer.</summary>
    public static SpecReadResult Read(string path, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputFile.DecodeText(path, bytes, limits ?? InputLimits.Default, diagnostics);
        return source is null ? new SpecReadResult(null, null, diagnostics.ToImmutable()) : Read(source, limits, diagnostics);
    }

    public static SpecReadResult Read(SourceText source, InputLimits? limits = null) => Read(source, limits, new DiagnosticBag());

    private static SpecReadResult Read(SourceText source, InputLimits? limits, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(source, limits ?? InputLimits.Default, diagnostics);
        Unit? unit = null;
        if (root is not null)
        {
            unit = new SpecMapper(source, diagnostics).Unit(root);
            if (unit is not null)
            {
                UnitValidator.Validate(unit, SourceLocation.File(source.Path), diagnostics);
            }
        }

        return new SpecReadResult(diagnostics.HasErrors ? null : unit, source, diagnostics.ToImmutable());
    }
}

/// <summary>A loaded spec: the unit (null on error), the text it was read from, and every diagnostic.</summary>
public sealed record SpecReadResult(Unit? Unit, SourceText? Source, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
