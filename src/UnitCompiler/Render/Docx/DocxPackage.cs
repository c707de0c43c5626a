using UnitCompiler.Render.Office;
using System.Xml.Linq;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// Packages what a docx template printed (the children of <c>w:body</c>) into a Word document: the
/// body goes into <c>w:document</c> with the namespaces declared, beside the styles, numbering,
/// settings, font table and properties parts a document saved by Word has. Relationship ids are
/// fixed and the zip is written deterministically, so the same text always gives the same bytes.
/// The result is checked against the WordprocessingML schema before it is returned, where the
/// build has the checker (<see cref="DocxValidation.IsEnabled"/>).
/// </summary>
internal static class DocxPackage
{
    // A4 portrait, 18 mm top and bottom, 15 mm left and right, as the HTML documents print.
    private const string DefaultSection = """
<w:sectPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1021" w:right="850" w:bottom="1021" w:left="850" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>
""";

    private const string ContentTypes = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private const string Document = "/word/document.xml";

    /// <exception cref="TemplateOutputException">The text is not well-formed, or not WordprocessingML that Word opens.</exception>
    public static byte[] Build(string text)
    {
        var body = DocxBody.Parse(text);
        DocxValidation.CheckCells(body.Elements);
        var documentElement = DocumentElement(body);

        // Every relationship id is given: the same text must give the same bytes.
        var package = new OpcPackage();
        package.AddPart(null, "rId1", OpcPackage.RelationshipType + "officeDocument", Document, ContentTypes + "document.main+xml", OpcPackage.Write(documentElement.WriteTo));
        package.AddPart(Document, "rId1", OpcPackage.RelationshipType + "styles", "/word/styles.xml", ContentTypes + "styles+xml", OpcPackage.Xml(DocxStyles.Create(body.Language)));
        package.AddPart(Document, "rId2", OpcPackage.RelationshipType + "numbering", "/word/numbering.xml", ContentTypes + "numbering+xml", OpcPackage.Xml(DocxNumbering.Xml));
        package.AddPart(Document, "rId3", OpcPackage.RelationshipType + "settings", "/word/settings.xml", ContentTypes + "settings+xml", OpcPackage.Xml(DocxSettings.Create(body.Language)));
        package.AddPart(Document, "rId4", OpcPackage.RelationshipType + "fontTable", "/word/fontTable.xml", ContentTypes + "fontTable+xml", OpcPackage.Xml(DocxFonts.Xml));
        package.AddPart(null, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", OpcPackage.Xml(DocxProperties.Core(body.Title, body.Language)));
        package.AddPart(null, "rId3", OpcPackage.RelationshipType + "extended-properties", "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", OpcPackage.Xml(DocxProperties.Extended));
        var bytes = package.ToArray();
        if (DocxValidation.IsEnabled)
        {
            DocxValidation.Validate(bytes, documentElement);
        }

        return bytes;
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
}
