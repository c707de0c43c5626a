using System.Text;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Spells the spec's Markdown inline text (plain words and <c>**bold**</c>) as an export does: as
/// HTML inside table cells, as Markdown elsewhere, with the characters exports spell as entities
/// spelt by the knobs. Every spelling decodes back to the same character.
/// </summary>
internal sealed class InlineEncoder(ExportKnobs knobs)
{
    private static readonly string[] Apostrophes = ["'", "&#39;", "&apos;", "&#x27;"];
    // "&#146;": Windows-1252's number for the quote, which HTML written on Windows uses and browsers read as ’.
    // "&amp;rsquo;": escaped twice by a content system; no writer means it as written.
    public static readonly string[] RightQuotes = ["\u2019", "&rsquo;", "&#8217;", "&#x2019;", "&#146;", "&amp;rsquo;"];
    public static readonly string[] Ampersands = ["&", "&amp;", "&#38;", "&#x26;", "&amp;amp;"];
    private static readonly string[] Quotes = ["\"", "&quot;", "&#34;", "&#x22;"];

    private int _spaces;

    public string Tag(string name) => knobs.Tags.UpperCase ? name.ToUpperInvariant() : name;

    public string ParagraphOpen => "<" + Tag("p") + (knobs.Tags.ParagraphClass ? " class=\"MsoNormal\">" : ">");

    public string ParagraphClose => "</" + Tag("p") + ">";

    public string Paragraph(string inner) => ParagraphOpen + inner + ParagraphClose;

    public string Bold(string inner) => knobs.Tags.Bold switch
    {
        BoldForm.B => $"<{Tag("b")}>{inner}</{Tag("b")}>",
        BoldForm.Strong => $"<{Tag("strong")}>{inner}</{Tag("strong")}>",
        BoldForm.MarkdownStars => $"**{inner}**",
        BoldForm.SpanAndB => $"<{Tag("span")} style=\"font-weight:bold;\"><{Tag("b")}>{inner}</{Tag("b")}></{Tag("span")}>",
        _ => $"<{Tag("span")} style=\"font-weight:bold\">{inner}</{Tag("span")}>",
    };

    /// <summary>Markdown inline text as cell HTML: bold spans become bold tags.</summary>
    public string Html(string markdown)
    {
        var sb = new StringBuilder();
        var parts = markdown.Split("**");
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0)
            {
                continue;
            }

            var text = Italics(Characters(parts[i]), $"<{Tag("i")}>", $"</{Tag("i")}>");
            sb.Append(i % 2 == 1 ? Bold(text) : knobs.Tags.SpanWrapper ? $"<{Tag("span")} style=\"font-family:Arial\">{text}</{Tag("span")}>" : text);
        }

        return sb.ToString();
    }

    /// <summary>Markdown inline text on a Markdown line: the bold markers stay, the characters are spelt.</summary>
    public string Markdown(string markdown) => string.Join("**", markdown.Split("**").Select(p => Italics(Characters(p), "_", "_")));

    /// <summary>With <see cref="ContentKnobs.Italics"/>, each "*word*" (a single star each side) spelt with <paramref name="open"/> and <paramref name="close"/>.</summary>
    private string Italics(string text, string open, string close) =>
        knobs.Content.Italics ? System.Text.RegularExpressions.Regex.Replace(text, @"(?<!\*)\*([^*\s][^*]*?)\*(?!\*)", m => open + m.Groups[1].Value + close) : text;

    /// <summary>Literal text (labels, markers) that still takes the knobs' entity spellings.</summary>
    public string Characters(string text)
    {
        var e = knobs.Entities;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\'':
                    sb.Append(Apostrophes[e.Apostrophe]);
                    break;
                case '\u2019':
                    sb.Append(RightQuotes[e.RightQuote]);
                    break;
                case '&':
                    sb.Append(Ampersands[e.Ampersand]);
                    break;
                case '"':
                    sb.Append(Quotes[e.Quote]);
                    break;
                case ' ' when e.NbspEvery > 0 && e.Nbsp != NbspForm.None && i > 0 && i < text.Length - 1 && ++_spaces % e.NbspEvery == 0:
                    sb.Append(e.Nbsp switch { NbspForm.Named => "&nbsp;", NbspForm.Decimal => "&#160;", _ => "\u00A0" });
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
