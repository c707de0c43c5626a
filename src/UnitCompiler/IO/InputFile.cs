using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.IO;

/// <summary>Reads an input file into text, turning every failure into a diagnostic that names the file.</summary>
public static class InputFile
{
    public static SourceText? ReadText(string path, InputLimits limits, DiagnosticBag diagnostics) =>
        ReadBytes(path, limits, diagnostics) is { } bytes ? DecodeText(path, bytes, limits, diagnostics) : null;

    /// <summary>The file's bytes, for a caller that needs them as well as the text.</summary>
    public static byte[]? ReadBytes(string path, InputLimits limits, DiagnosticBag diagnostics) =>
        Read(path, limits, diagnostics, File.ReadAllBytes);

    /// <summary>The file's bytes in a pooled buffer, for a caller that needs them only for a while (a build hashes every spec first).</summary>
    public static PooledBytes? ReadPooled(string path, InputLimits limits, DiagnosticBag diagnostics) =>
        Read(path, limits, diagnostics, PooledBytes.Read);

    private static T? Read<T>(string path, InputLimits limits, DiagnosticBag diagnostics, Func<string, T> read)
        where T : class
    {
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Add(DiagnosticCatalog.FileUnreadable, SourceLocation.File(path), "it is a folder");
                return null;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(DiagnosticCatalog.FileNotFound, SourceLocation.File(path));
                return null;
            }

            if (info.Length > limits.MaxInputBytes)
            {
                diagnostics.Add(DiagnosticCatalog.InputTooLarge, SourceLocation.File(path), info.Length, limits.MaxInputBytes);
                return null;
            }

            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.FileUnreadable, SourceLocation.File(path), e.Message);
            return null;
        }
    }

    public static SourceText? DecodeText(string path, ReadOnlySpan<byte> bytes, InputLimits limits, DiagnosticBag diagnostics)
    {
        if (bytes.Length > limits.MaxInputBytes)
        {
            diagnostics.Add(DiagnosticCatalog.InputTooLarge, SourceLocation.File(path), bytes.Length, limits.MaxInputBytes);
            return null;
        }

        var source = TextDecoder.Decode(path, bytes, diagnostics);
        if (source is not null && source.Text.AsSpan().Trim().IsEmpty)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyInput, SourceLocation.File(path));
            return null;
        }

        return source;
    }
}
