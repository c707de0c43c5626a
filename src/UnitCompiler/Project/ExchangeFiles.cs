using UnitCompiler.Diagnostics;

namespace UnitCompiler.Project;

/// <summary>
/// Writes exports as the build writes documents: through <see cref="ProjectWriter"/> (atomic, a
/// failure is UNITC0007), and only when the bytes differ from the file's, so an unchanged unit
/// leaves its export's timestamp alone and a sync tool sees no change.
/// </summary>
public static class ExchangeFiles
{
    /// <summary>True when written, false when unchanged; null when the write failed (reported).</summary>
    public static bool? WriteIfChanged(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: write it again, and let the write report what is wrong.
        }

        return ProjectWriter.TryWrite(path, bytes, diagnostics) ? true : null;
    }
}
