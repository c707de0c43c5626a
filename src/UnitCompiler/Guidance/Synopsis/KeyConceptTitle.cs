namespace UnitCompiler.Guidance;

/// <summary>
/// Where a key concept's title ends and its text begins: "Title: text", "Title – text" (en or em
/// dash, or a hyphen with spaces round it), "**Title** text", "**Title:** text". A title is short;
/// a longer first clause is text, and the item has no title.
/// </summary>
internal static class KeyConceptTitle
{
    private const int MaxLength = 100;
    private const int MaxWords = 10;
    private static readonly string[] Separators = [": ", " \u2013 ", " \u2014 ", " - "];

    /// <summary>The title's start and length and the text's start in <paramref name="value"/>, or null when it has no title.</summary>
    public static (int TitleStart, int TitleLength, int TextStart)? Split(string value)
    {
        if (value.StartsWith("**", StringComparison.Ordinal))
        {
            var close = value.IndexOf("**", 2, StringComparison.Ordinal);
            if (close > 2 && close < MaxLength)
            {
                var titleLength = close - 2;
                while (titleLength > 0 && value[1 + titleLength] is ':' or ' ' or '\u2013' or '\u2014' or '-')
                {
                    titleLength--;
                }

                var textStart = close + 2;
                while (textStart < value.Length && value[textStart] is ':' or ' ' or '\u2013' or '\u2014' or '-')
                {
                    textStart++;
                }

                if (titleLength > 0 && textStart < value.Length)
                {
                    return (2, titleLength, textStart);
                }
            }
        }

        var at = -1;
        var separator = string.Empty;
        foreach (var s in Separators)
        {
            var i = value.IndexOf(s, StringComparison.Ordinal);
            if (i > 0 && (at < 0 || i < at))
            {
                (at, separator) = (i, s);
            }
        }

        if (at <= 0 || at >= MaxLength || at + separator.Length >= value.Length)
        {
            return null;
        }

        var title = value.AsSpan(0, at).Trim();
        if (separator != ": " && (title.Count(' ') + 1 > MaxWords || title.ContainsAny('.', ';')))
        {
            return null;
        }

        var start = value.Length - value.AsSpan(at + separator.Length).TrimStart().Length;
        return (0, title.Length, start);
    }
}
