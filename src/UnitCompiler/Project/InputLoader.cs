using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Project;

/// <summary>
/// The one way any command reads an input: bytes (within the limits), decoded once, and that same
/// text handed to the stage that makes a unit of it. Whatever checks the text afterwards
/// (<c>import --verify</c>) gets the text the stage read, never a second reading of the file.
/// </summary>
public static class InputLoader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>An export (<c>*.txt</c>) or a spec (anything else), by its name.</summary>
    public static InputKind KindOf(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? InputKind.Export : InputKind.Spec;

    public static LoadedInput Load(string path, InputLimits? limits = null) =>
        KindOf(path) == InputKind.Export ? LoadExport(path, limits) : LoadSpec(path, limits);

    public static LoadedInput LoadExport(string path, InputLimits? limits = null) => Load(path, InputKind.Export, limits ?? InputLimits.Default);

    public static LoadedInput LoadSpec(string path, InputLimits? limits = null) => Load(path, InputKind.Spec, limits ?? InputLimits.Default);

    /// <summary>A spec already read into memory (a build hashes its bytes before deciding to parse them).</summary>
    public static LoadedInput LoadSpec(string path, ReadOnlySpan<byte> bytes, InputLimits? limits = null) =>
        FromBytes(path, InputKind.Spec, bytes, limits ?? InputLimits.Default, new DiagnosticBag());

    /// <summary>A qualification spec: its decoded text and the qualification (null on error), with every diagnostic.</summary>
    public static (SourceText? Source, Qualifications.Qualification? Qualification, ImmutableArray<Diagnostic> Diagnostics) LoadQualification(string path, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        if (InputFile.ReadText(path, limits ?? InputLimits.Default, diagnostics) is not { } source)
        {
            return (null, null, diagnostics.ToImmutable());
        }

        var (qualification, read) = QualificationReader.Read(source, limits);
        diagnostics.AddRange(read);
        return (source, qualification, diagnostics.ToImmutable());
    }

    /// <summary>A topic synopsis added to <paramref name="unit"/> and aligned to its criteria; null when it could not be read.</summary>
    public static Unit? AddGuidance(Unit unit, string path, DiagnosticBag diagnostics, InputLimits? limits = null) =>
        InputFile.ReadText(path, limits ?? InputLimits.Default, diagnostics) is { } source ? GuidanceImporter.Add(unit, source, diagnostics) : null;

    private static LoadedInput Load(string path, InputKind kind, InputLimits limits)
    {
        var diagnostics = new DiagnosticBag();
        return InputFile.ReadBytes(path, limits, diagnostics) is { } bytes
            ? FromBytes(path, kind, bytes, limits, diagnostics)
            : new LoadedInput(path, kind, null, null, diagnostics.ToImmutable());
    }

    private static LoadedInput FromBytes(string path, InputKind kind, ReadOnlySpan<byte> bytes, InputLimits limits, DiagnosticBag diagnostics)
    {
        var hasBom = bytes.StartsWith(Utf8Bom);
        if (InputFile.DecodeText(path, bytes, limits, diagnostics) is not { } source)
        {
            return new LoadedInput(path, kind, null, null, diagnostics.ToImmutable()) { HasBom = hasBom };
        }

        if (kind == InputKind.Spec && SpecKinds.IsQualification(source.Text))
        {
            var (qualification, read) = QualificationReader.Read(source, limits);
            diagnostics.AddRange(read);
            return new LoadedInput(path, InputKind.Qualification, source, null, diagnostics.ToImmutable()) { HasBom = hasBom, Qualification = qualification };
        }

        var (unit, stage) = Stage(kind, source, limits);
        diagnostics.AddRange(stage);
        return new LoadedInput(path, kind, source, unit, diagnostics.ToImmutable()) { HasBom = hasBom };
    }

    private static (Unit?, IEnumerable<Diagnostic>) Stage(InputKind kind, SourceText source, InputLimits limits)
    {
        if (kind == InputKind.Export)
        {
            var import = UnitImporter.Import(source);
            return (import.Unit, import.Diagnostics);
        }

        var spec = SpecReader.Read(source, limits);
        return (spec.Unit, spec.Diagnostics);
    }
}
