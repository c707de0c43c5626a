using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>Adds a topic synopsis to an imported unit and aligns its items to the unit's criteria.</summary>
public static class GuidanceImporter
{
    /// <summary>A synopsis as bytes (decoding included), as the fuzzer feeds it.</summary>
    public static Unit? Add(Unit unit, string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, InputLimits? limits = null) =>
        Add(unit, InputFile.DecodeText(path, bytes, limits ?? InputLimits.Default, diagnostics), diagnostics);

    /// <summary>The synopsis in <paramref name="source"/> added to <paramref name="unit"/>; null when it has no synopsis sections.</summary>
    public static Unit? Add(Unit unit, SourceText? source, DiagnosticBag diagnostics)
    {
        if (source is null)
        {
            return null;
        }

        var guidance = GuidanceParser.Parse(source, diagnostics);
        return guidance is null ? null : GuidanceAligner.Align(unit with { Guidance = guidance });
    }
}
