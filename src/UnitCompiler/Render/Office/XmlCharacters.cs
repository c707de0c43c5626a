using System.Xml;

namespace UnitCompiler.Render.Office;

/// <summary>Characters an XML part cannot carry at all, escaped or not: most C0 controls, lone surrogates, U+FFFE and U+FFFF.</summary>
internal static class XmlCharacters
{
    /// <summary>The index of the first such character in <paramref name="text"/>, or -1.</summary>
    public static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <exception cref="TemplateOutputException">The text holds a character XML cannot carry; the position is the character's in <paramref name="text"/>.</exception>
    public static void Check(string text)
    {
        var at = FirstInvalid(text);
        if (at < 0)
        {
            return;
        }

        var line = 0;
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0 && i < at; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        throw new TemplateOutputException($"U+{(int)text[at]:X4} is a character an Office document cannot hold", line, at - lineStart);
    }
}
