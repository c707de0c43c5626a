using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// The characters exports put before a list item's text ("• volunteers.", "– a) support …", and a star
/// that HTML reading escaped): layout, not text. Criteria's sub-items and indicative content strip the
/// same ones.
/// </summary>
internal static class ListBullets
{
    private static bool IsBullet(char c) => c is '\u2022' or '\u00B7' or '\u25AA' or '\u25E6' or '\u2013' or '-' || char.IsWhiteSpace(c);

    /// <summary>
    /// How many leading characters of <paramref name="value"/> are bullets and the space after them. A
    /// star is a bullet only when a space follows it ("* item", or "\* item" once escaped): "**term**"
    /// opens a key term.
    /// </summary>
    public static int Length(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var star = value[i] == '*' ? 1 : value[i] == '\\' && i + 1 < value.Length && value[i + 1] == '*' ? 2 : 0;
            if (star > 0 && i + star < value.Length && char.IsWhiteSpace(value[i + star]))
            {
                i += star;
            }
            else if (star == 0 && IsBullet(value[i]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>A bullet character and the space after it ("• knots", "- knots"): a list item written as a line of its own, not a numbered one.</summary>
    public static bool StartsWithBullet(string value) =>
        value.Length > 1 && !char.IsAsciiDigit(value[0]) && value[0] != '(' && MarkerLength(value) > 0;

    /// <summary>
    /// The length of a list item's marker at the start of a line, with the white space after it, or 0:
    /// a bullet (any of those above, or "+", "—", "○", "■", "►") or a number ("1.", "2)", "(3)").
    /// A marker is followed by white space, so "**term**", "-5 °C" and "1.5 m" are text.
    /// </summary>
    public static int MarkerLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        if (line.Length > 0 && (IsBullet(line[0]) && !char.IsWhiteSpace(line[0]) || line[0] is '*' or '+' or '\u2014' or '\u25CB' or '\u25A0' or '\u25BA'))
        {
            i = 1;
        }
        else
        {
            var open = line.Length > 0 && line[0] == '(' ? 1 : 0;
            var digits = 0;
            while (open + digits < line.Length && digits < 3 && char.IsAsciiDigit(line[open + digits]))
            {
                digits++;
            }

            var close = open + digits;
            if (digits == 0 || close >= line.Length || !(open == 1 ? line[close] == ')' : line[close] is '.' or ')'))
            {
                return 0;
            }

            i = close + 1;
        }

        if (i >= line.Length || !char.IsWhiteSpace(line[i]))
        {
            return 0;
        }

        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The text without its leading bullets, still pointing at its source.</summary>
    public static LocatedText Strip(LocatedText text)
    {
        var i = Length(text.Value);
        return i == 0 ? text : new LocatedText(text.Value[i..], text.Origin.Slice(i, text.Value.Length - i));
    }
}
