using System.Net;

namespace UnitCompiler.Import;

/// <summary>
/// An entity escaped a second time by the system that exported it ("&amp;amp;rsquo;" for "&amp;rsquo;"), which
/// a browser shows as "&amp;rsquo;" and no writer meant. The reader and the lost-words check both read it as
/// the character it was, except "&amp;amp;lt;" and "&amp;amp;gt;": text about markup may mean those as written.
/// </summary>
internal static class DoubleEscape
{
    /// <summary>The character(s) of <paramref name="entity"/> ("rsquo;", "#8217;") after an "&amp;amp;", or null to keep it as written.</summary>
    public static string? Undo(ReadOnlySpan<char> entity)
    {
        if (entity.Equals("lt;", StringComparison.OrdinalIgnoreCase) || entity.Equals("gt;", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var raw = string.Concat("&", entity);
        var value = WebUtility.HtmlDecode(raw);
        return value == raw ? null : value;
    }
}
