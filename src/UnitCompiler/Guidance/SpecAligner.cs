using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Spec;

namespace UnitCompiler.Guidance;

/// <summary>What <c>unitc align</c> does to one spec: recompute the alignments after writers edit criteria or guidance.</summary>
public static class SpecAligner
{
    /// <summary>Returns true when the file's alignments changed (and were rewritten).</summary>
    public static bool AlignFile(string path, DiagnosticBag diagnostics, InputLimits? limits = null)
    {
        var result = SpecReader.ReadFile(path, limits);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Unit is null || result.Source is null)
        {
            return false;
        }

        var yaml = SpecWriter.Write(GuidanceAligner.Align(result.Unit));
        if (yaml == result.Source.Text)
        {
            return false;
        }

        try
        {
            AtomicFile.WriteText(path, yaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.WriteFailed, SourceLocation.File(path), e.Message);
        }

        return true;
    }
}
