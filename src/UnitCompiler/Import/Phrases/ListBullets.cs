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

    /// <summary>The text without its leading bullets, still pointing at its source.</summary>
    public static LocatedText Strip(LocatedText text)
    {
        var i = Length(text.Value);
        return i == 0 ? text : new LocatedText(text.Value[i..], text.Origin.Slice(i, text.Value.Length - i));
    }
}
