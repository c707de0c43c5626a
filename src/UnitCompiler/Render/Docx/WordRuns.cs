using System.Text;
using System.Xml;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// WordprocessingML runs (<c>w:r</c>) from spec text: Markdown inline becomes runs with <c>w:b</c>
/// for strong and <c>w:i</c> for emphasis, the way a key term stays bold in Word. Text is
/// XML-escaped, keeps its spaces (<c>xml:space="preserve"</c>) and loses characters XML cannot
/// hold, so no spec text can break the document or inject markup.
/// </summary>
internal static class WordRuns
{
    // The same pipeline as the HTML documents: raw HTML is text, never markup.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <param name="markdown">Markdown inline text, as the template model's <c>text</c> fields hold it.</param>
    /// <param name="characterStyle">A character style id for every run, or null.</param>
    public static string FromMarkdown(string markdown, string? characterStyle)
    {
        var segments = new List<(string Text, bool Bold, bool Italic)>();
        var parsed = Markdown.Parse(markdown, Pipeline);
        if (parsed.Count == 1 && parsed[0] is ParagraphBlock { Inline: { } inline })
        {
            Collect(inline, bold: false, italic: false, segments);
        }
        else if (markdown.Length > 0)
        {
            // Text Markdown reads as a block (a leading "1." or "#"): kept as the words the writer typed.
            segments.Add((Model.MarkdownInline.ToPlainText(markdown), false, false));
        }

        var xml = new StringBuilder();
        foreach (var group in Merge(segments))
        {
            AppendRun(xml, group.Text, group.Bold, group.Italic, characterStyle);
        }

        return xml.ToString();
    }

    /// <summary>One run of plain text: nothing in it is read as Markdown.</summary>
    public static string FromPlain(string text, string? characterStyle)
    {
        var xml = new StringBuilder();
        if (text.Length > 0)
        {
            AppendRun(xml, text, false, false, characterStyle);
        }

        return xml.ToString();
    }

    private static void Collect(ContainerInline container, bool bold, bool italic, List<(string, bool, bool)> segments)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Collect(emphasis, bold || strong, italic || !strong, segments);
                    break;
                case LiteralInline literal:
                    segments.Add((literal.Content.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    segments.Add((code.Content, bold, italic));
                    break;
                case HtmlEntityInline entity:
                    segments.Add((entity.Transcoded.ToString(), bold, italic));
                    break;
                case LineBreakInline:
                    segments.Add((" ", bold, italic));
                    break;
                case AutolinkInline link:
                    segments.Add((link.Url, bold, italic));
                    break;
                case ContainerInline other: // links: their text
                    Collect(other, bold, italic, segments);
                    break;
                case LeafInline leaf:
                    segments.Add((leaf.ToString() ?? string.Empty, bold, italic));
                    break;
            }
        }
    }

    private static IEnumerable<(string Text, bool Bold, bool Italic)> Merge(List<(string Text, bool Bold, bool Italic)> segments)
    {
        var i = 0;
        while (i < segments.Count)
        {
            var (bold, italic) = (segments[i].Bold, segments[i].Italic);
            var text = new StringBuilder();
            while (i < segments.Count && segments[i].Bold == bold && segments[i].Italic == italic)
            {
                text.Append(segments[i++].Text);
            }

            yield return (text.ToString(), bold, italic);
        }
    }

    private static void AppendRun(StringBuilder xml, string text, bool bold, bool italic, string? characterStyle)
    {
        xml.Append("<w:r>");
        if (bold || italic || characterStyle is not null)
        {
            xml.Append("<w:rPr>");
            if (characterStyle is not null)
            {
                xml.Append("<w:rStyle w:val=\"");
                AppendEscaped(xml, characterStyle, attribute: true);
                xml.Append("\"/>");
            }

            xml.Append(bold ? "<w:b/><w:bCs/>" : string.Empty).Append(italic ? "<w:i/><w:iCs/>" : string.Empty).Append("</w:rPr>");
        }

        xml.Append("<w:t xml:space=\"preserve\">");
        AppendEscaped(xml, text, attribute: false);
        xml.Append("</w:t></w:r>");
    }

    private static void AppendEscaped(StringBuilder xml, string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                xml.Append(c).Append(text[++i]);
                continue;
            }

            switch (c)
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '"' when attribute: xml.Append("&quot;"); break;
                case '\t' or '\r' or '\n': xml.Append(' '); break; // a tab or break in w:t is not one in Word
                default:
                    if (XmlConvert.IsXmlChar(c))
                    {
                        xml.Append(c);
                    }

                    break;
            }
        }
    }
}
