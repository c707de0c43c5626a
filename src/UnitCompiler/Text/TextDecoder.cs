using System.Text;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Text;

/// <summary>
/// Turns the bytes of an input file into text without ever inventing U+FFFD: UTF-8 (with or
/// without a BOM) and UTF-16 with a BOM are read as such; bytes that are not valid UTF-8 are read as
/// Windows-1252, the encoding of older exports, with a warning; anything that looks binary is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? (Encoding)new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
            try
            {
                return new SourceText(path, utf16.GetString(bytes[2..]));
            }
            catch (DecoderFallbackException)
            {
                diagnostics.Add(DiagnosticCatalog.BinaryInput, SourceLocation.File(path));
                return null;
            }
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticCatalog.BinaryInput, SourceLocation.File(path));
            return null;
        }

        try
        {
            return new SourceText(path, StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            // Old exports were saved as Windows-1252; every byte there is a character, so decoding
            // cannot fail. Point at the first byte that is not UTF-8 so the writer can check it.
            var text = Windows1252.GetString(bytes);
            var source = new SourceText(path, text);
            var bad = FirstInvalidUtf8(bytes);
            diagnostics.Add(DiagnosticCatalog.NotUtf8, source.Location(bad));
            return source;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // Offsets in Windows-1252 text equal byte offsets: one byte, one char.
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : read;
    }
}
