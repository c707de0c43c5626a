namespace UnitCompiler.Text;

/// <summary>
/// Windows-1252 differs from Latin-1 only in 0x80-0x9F. A table of 32 characters keeps the decoder
/// free of the code-pages provider (and its registration step) and safe under trimming.
/// </summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>
    /// A C1 control character as the Windows-1252 character with its number: "&amp;#146;" in HTML written on
    /// Windows means the right quote, and HTML's own decoding rules read it so.
    /// </summary>
    public static char FromC1Control(char c) => c is >= '\u0080' and <= '\u009F' ? High[c - 0x80] : c;

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }
        });
    }
}
