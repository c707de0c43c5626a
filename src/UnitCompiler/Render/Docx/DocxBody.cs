using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// What a docx template printed: the children of <c>w:body</c>, read as an XML fragment with the
/// usual prefixes pre-declared, so line and column of any error are those of the template's output.
/// A leading <c>&lt;unitc:properties title="..." language="..."/&gt;</c> sets the document properties.
/// </summary>
internal sealed partial class DocxBody
{
    private DocxBody(IReadOnlyList<XElement> elements, XElement? sectionProperties, string title, string language)
    {
        Elements = elements;
        SectionProperties = sectionProperties;
        Title = title;
        Language = language;
    }

    /// <summary>Block-level elements in order, without the final <c>w:sectPr</c>.</summary>
    public IReadOnlyList<XElement> Elements { get; }

    /// <summary>The template's page setup (its last element, as Word keeps it), or null for the default.</summary>
    public XElement? SectionProperties { get; }

    public string Title { get; }

    public string Language { get; }

    /// <exception cref="TemplateOutputException">The text is not well-formed, or holds something other than body elements.</exception>
    public static DocxBody Parse(string text)
    {
        var names = new NameTable();
        var context = new XmlParserContext(names, WordNamespaces.Manager(names), null, XmlSpace.None);
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            XmlResolver = null,
        };

        var elements = new List<XElement>();
        string title = string.Empty, language = "en-GB";
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings, context);
            var position = (IXmlLineInfo)reader;
            reader.Read();
            while (!reader.EOF)
            {
                var (line, column) = (position.LineNumber - 1, position.LinePosition - 1);
                if (reader.NodeType != XmlNodeType.Element)
                {
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
                    {
                        throw new TemplateOutputException("text outside any element: body text belongs in <w:p><w:r><w:t>", line, column);
                    }

                    reader.Read();
                    continue;
                }

                // Loaded with line info, so later checks (and the validator) can point into the output.
                var element = XElement.Load(reader.ReadSubtree(), LoadOptions.SetLineInfo);
                reader.Read();
                if (element.Name == WordNamespaces.Unitc + "properties")
                {
                    title = (string?)element.Attribute("title") ?? title;
                    language = (string?)element.Attribute("language") ?? language;
                }
                else if (element.Name.Namespace != WordNamespaces.W)
                {
                    throw new TemplateOutputException($"<{element.Name.LocalName}> in namespace '{element.Name.NamespaceName}' cannot be a child of <w:body> (print w:p, w:tbl, w:sdt, ...)", line, column);
                }
                else
                {
                    elements.Add(element);
                }
            }
        }
        catch (XmlException e)
        {
            throw new TemplateOutputException(WithoutPosition(e.Message), Math.Max(0, e.LineNumber - 1), Math.Max(0, e.LinePosition - 1));
        }

        XElement? section = null;
        if (elements.Count > 0 && elements[^1].Name == WordNamespaces.W + "sectPr")
        {
            section = elements[^1];
            elements.RemoveAt(elements.Count - 1);
        }

        return new DocxBody(elements, section, title, language);
    }

    // XmlException repeats the position in its message; the diagnostic prints it once, from the numbers.
    private static string WithoutPosition(string message) => TrailingPosition().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex TrailingPosition();
}
