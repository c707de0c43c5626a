using System.Globalization;

namespace UnitCompiler.Project;

/// <summary>Sizes as people write them in a config file: <c>4MB</c>, <c>512 KB</c>, <c>1GB</c> or plain bytes; binary units (1 KB = 1,024 bytes).</summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Units = [("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1)];

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToUpperInvariant();
        var (suffix, factor) = Units.FirstOrDefault(u => t.EndsWith(u.Suffix, StringComparison.Ordinal), (string.Empty, 1));
        var number = t[..^suffix.Length].Trim();
        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > long.MaxValue / factor)
        {
            return false;
        }

        bytes = n * factor;
        return true;
    }
}
