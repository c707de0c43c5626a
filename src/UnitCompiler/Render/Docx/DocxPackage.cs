using UnitCompiler.Render.Office;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// Packages what a docx template printed (the children of <c>w:body</c>) into a Word document: the
/// body goes into <c>w:document</c> with the namespaces declared, beside the styles, numbering,
/// settings, font table and properties parts a document saved by Word has. Relationship ids are
/// fixed and the zip is re-packed deterministically, so the same text always gives the same bytes.
/// The result is checked against the WordprocessingML schema before it is returned.
/// </summary>
internal static class DocxPackage
{
    // A4 portrait, 18 mm top and bottom, 15 mm left and right, as the HTML documents print.
    private const string DefaultSection = """
<w:sectPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1021" w:right="850" w:bottom="1021" w:left="850" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>
""";

    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <exception cref="TemplateOutputException">The text is not well-formed, or not WordprocessingML that Word opens.</exception>
    public static byte[] Build(string text)
    {
        var body = DocxBody.Parse(text);
        DocxValidation.CheckCells(body.Elements);
        var documentElement = DocumentElement(body);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Parts added without an id get a random one ("R3f2a..."): every id is given.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            Feed(main, Serialize(documentElement));
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DocxStyles.Create(body.Language);
            main.AddNewPart<NumberingDefinitionsPart>("rId2").Numbering = DocxNumbering.Create();
            main.AddNewPart<DocumentSettingsPart>("rId3").Settings = DocxSettings.Create(body.Language);
            main.AddNewPart<FontTablePart>("rId4").Fonts = DocxFonts.Create();
            Feed(document.AddNewPart<CoreFilePropertiesPart>("rId2"), new UTF8Encoding(false).GetBytes(DocxProperties.Core(body.Title, body.Language)));
            document.AddNewPart<ExtendedFilePropertiesPart>("rId3").Properties = DocxProperties.Extended();
        }

        var package = DeterministicZip.Repack(stream.ToArray());
        DocxValidation.Validate(package, documentElement);
        return package;
    }

    private static XElement DocumentElement(DocxBody body)
    {
        var w = WordNamespaces.W;
        var root = new XElement(w + "document");
        foreach (var (prefix, ns) in WordNamespaces.Declared.Where(d => d.Namespace != WordNamespaces.Unitc))
        {
            root.Add(new XAttribute(XNamespace.Xmlns + prefix, ns.NamespaceName));
        }

        root.Add(new XAttribute(WordNamespaces.Mc + "Ignorable", WordNamespaces.Ignorable));
        // Word ends a body with a paragraph and repairs a file whose last block is a table.
        var closing = body.Elements.Count > 0 && body.Elements[^1].Name == w + "tbl" ? new XElement(w + "p") : null;
        root.Add(new XElement(w + "body", body.Elements, closing, body.SectionProperties ?? XElement.Parse(DefaultSection)));
        return root;
    }

    private static byte[] Serialize(XElement root)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NamespaceHandling = NamespaceHandling.OmitDuplicates };
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer);
        }

        return output.ToArray();
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var data = new MemoryStream(xml);
        part.FeedData(data);
    }
}
