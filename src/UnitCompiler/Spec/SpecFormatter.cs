using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Spec;

/// <summary>What <c>unitc fmt</c> does to one file: load, write canonically, report or rewrite.</summary>
public static class SpecFormatter
{
    /// <summary>Formats one spec. Returns true when the file was (or in check mode, would be) changed.</summary>
    public static bool Format(string path, bool check, DiagnosticBag diagnostics, InputLimits? limits = null)
    {
        var result = SpecReader.ReadFile(path, limits);
        diagnostics.AddRange(result.Diagnostics);
        if (result.Unit is null || result.Source is null)
        {
            return false;
        }

        var canonical = SpecWriter.Write(result.Unit);
        if (string.Equals(canonical, result.Source.Text, StringComparison.Ordinal) && !HasBom(path))
        {
            return false;
        }

        if (check)
        {
            diagnostics.Add(DiagnosticCatalog.NotCanonical, SourceLocation.File(path));
            return true;
        }

        try
        {
            AtomicFile.WriteText(path, canonical);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.WriteFailed, SourceLocation.File(path), e.Message);
        }

        return true;
    }

    private static bool HasBom(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[3];
        return stream.Read(head) == 3 && head.SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
    }
}
