using System.Buffers;
using System.Globalization;
using UnitCompiler.Text;

namespace UnitCompiler.Project;

/// <summary>
/// The lines of a build record, shared by its reader and its writer: a header, the key, then for
/// each spec in ascending order of its full path (ordinal) a <c>spec</c> line and a <c>doc</c> line
/// per document. The order is what lets a build read the old record and write the new one in step
/// with its sorted inputs, holding only the entries of the specs it is building now.
/// </summary>
internal static class BuildRecordFormat
{
    public const string Header = "unitc-build 1";
    public const string KeyPrefix = "key\t";
    public const string SpecPrefix = "spec\t";
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    public static string SpecLine(string spec, UInt128 hash) => string.Create(CultureInfo.InvariantCulture, $"spec\t{hash:x32}\t{spec}");

    public static string DocumentLine(DocumentStamp document) =>
        string.Create(CultureInfo.InvariantCulture, $"doc\t{document.Length}\t{document.LastWriteTicks}\t{document.Folder}{document.Name}");

    public static bool TryParseSpec(string line, out string spec, out UInt128 hash)
    {
        spec = string.Empty;
        hash = default;
        var fields = line.Split('\t');
        if (fields is not ["spec", var h, var s] || s.Length == 0 || !TryParseHash(h, out hash))
        {
            return false;
        }

        spec = s;
        return true;
    }

    public static bool TryParseDocument(string line, DocumentNames names, string? previousFolder, out DocumentStamp document)
    {
        document = default;
        if (line.Split('\t') is not ["doc", var length, var ticks, var relative]
            || !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            || relative.Length == 0 || !IsRecordable(relative))
        {
            return false;
        }

        document = names.Stamp(relative, previousFolder, l, t);
        return true;
    }

    /// <summary>A content hash (lower-case hex of <see cref="ContentHash.Length"/> digits) as the number it spells.</summary>
    public static bool TryParseHash(string hex, out UInt128 hash)
    {
        hash = default;
        return hex.Length == ContentHash.Length && !hex.AsSpan().ContainsAnyExcept(LowerHexDigits)
            && UInt128.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out hash);
    }

    /// <summary>A path the line format can hold: no tab, no line break.</summary>
    public static bool IsRecordable(string path) => path.AsSpan().IndexOfAny('\t', '\n', '\r') < 0;
}
