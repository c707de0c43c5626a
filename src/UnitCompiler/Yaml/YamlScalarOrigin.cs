using UnitCompiler.Text;
using YamlDotNet.Core;

namespace UnitCompiler.Yaml;

/// <summary>
/// Maps each character of a scalar's value back to its offset in the YAML file, so lint can point
/// at the word inside a string. Plain, single- and double-quoted scalars on one line (what
/// <c>SpecWriter</c> writes) map exactly; anything else (block scalars, folded lines, escapes
/// this does not follow) maps every character to the scalar's start, which is still the right line.
/// </summary>
internal static class YamlScalarOrigin
{
    public static TextOrigin Map(SourceText source, int start, int end, ScalarStyle style, string value)
    {
        if (value.Length == 0)
        {
            return TextOrigin.Contiguous(source, start, 0);
        }

        var raw = source.Text.AsSpan(start, Math.Max(0, end - start));
        if (style is ScalarStyle.Plain && raw.Length >= value.Length && raw[..value.Length].SequenceEqual(value))
        {
            return TextOrigin.Contiguous(source, start, value.Length);
        }

        var offsets = style switch
        {
            ScalarStyle.SingleQuoted => Quoted(raw, start, value, '\''),
            ScalarStyle.DoubleQuoted => Quoted(raw, start, value, '"'),
            _ => null,
        };

        return TextOrigin.From(source, offsets ?? Enumerable.Repeat(start, value.Length).ToArray());
    }

    /// <summary>Walks the quoted source: '' and \x escapes stand for one character each.</summary>
    private static int[]? Quoted(ReadOnlySpan<char> raw, int start, string value, char quote)
    {
        if (raw.Length < 2 || raw[0] != quote)
        {
            return null;
        }

        var offsets = new int[value.Length];
        var r = 1;
        for (var v = 0; v < value.Length; v++)
        {
            if (r >= raw.Length || raw[r] is '\n' or '\r')
            {
                return null; // folded across lines: fall back to the scalar's start
            }

            offsets[v] = start + r;
            if (quote == '\'' && raw[r] == '\'' && r + 1 < raw.Length && raw[r + 1] == '\'')
            {
                r += 2;
            }
            else if (quote == '"' && raw[r] == '\\' && r + 1 < raw.Length)
            {
                r += raw[r + 1] switch
                {
                    'x' => 4,
                    'u' => 6,
                    'U' => 10,
                    _ => 2,
                };
                if (char.IsHighSurrogate(value[v]) && v + 1 < value.Length)
                {
                    offsets[++v] = offsets[v - 1];
                }
            }
            else
            {
                r++;
            }
        }

        return offsets;
    }
}
