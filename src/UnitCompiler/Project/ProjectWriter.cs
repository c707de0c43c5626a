using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Every file a command writes goes through here: atomically (<see cref="AtomicFile"/>), and a write
/// that fails becomes UNITC0007 naming the file, the one way every command reports it.
/// </summary>
public static class ProjectWriter
{
    public static bool TryWrite(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicFile.Write(path, bytes);
            return true;
        }
        catch (IOException e) when (IOErrors.IsHeldByAnotherProcess(e))
        {
            // Windows: the document is open in Word or Excel, which keeps it from being replaced.
            // (Linux has no such lock to test this with; the message is the one way it differs.)
            diagnostics.Add(DiagnosticCatalog.WriteFailed, SourceLocation.File(path), e.Message + " Another program has it open: close it there and run again.");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.WriteFailed, SourceLocation.File(path), e.Message);
            return false;
        }
    }

    public static bool TryWriteText(string path, string text, DiagnosticBag diagnostics) =>
        TryWrite(path, System.Text.Encoding.UTF8.GetBytes(text), diagnostics);
}
