using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>Reads a unit export (bytes or a file) into a <see cref="Unit"/> and its diagnostics. Never throws for bad input.</summary>
public static class UnitImporter
{
    public static ImportResult ImportFile(string path, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputFile.ReadText(path, limits ?? InputLimits.Default, diagnostics);
        return source is null ? new ImportResult(null, diagnostics.ToImmutable()) : Import(source, diagnostics);
    }

    public static ImportResult Import(string path, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputFile.DecodeText(path, bytes, limits ?? InputLimits.Default, diagnostics);
        return source is null ? new ImportResult(null, diagnostics.ToImmutable()) : Import(source, diagnostics);
    }

    public static ImportResult Import(SourceText source) => Import(source, new DiagnosticBag());

    private static ImportResult Import(SourceText source, DiagnosticBag diagnostics)
    {
        var unit = UnitParser.Parse(source, diagnostics);
        UnitValidator.Validate(unit, SourceLocation.File(source.Path), diagnostics);
        return new ImportResult(unit, diagnostics.ToImmutable());
    }
}
