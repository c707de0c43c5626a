using System.Text;
using System.Xml;

namespace UnitCompiler.Render.Office;

/// <summary>
/// An Open Packaging Conventions package, the container Word and Excel files share: parts, each
/// reached by one relationship from the package or from another part, listed with their content
/// types in <c>[Content_Types].xml</c>, zipped by <see cref="DeterministicZip"/>.
/// </summary>
/// <remarks>
/// Written by hand rather than with the Open XML SDK's packaging: the SDK's part classes bring its
/// whole typed schema into the native binary (18 of its 32 MB), and unpacking that at start-up cost
/// every <c>unitc</c> run about 30 ms, even a build that writes no Office document. Every part here is
/// text unitc already has, so the SDK added nothing but the zip, which this class and
/// <see cref="DeterministicZip"/> write in fewer lines than the code that drove the SDK.
/// </remarks>
internal sealed class OpcPackage
{
    /// <summary>The Office relationships namespace (the <c>r:</c> prefix); a relationship type is this, a slash and a name.</summary>
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The start of the Office relationship types: add <c>styles</c>, <c>worksheet</c>, ...</summary>
    public const string RelationshipType = RelationshipsNamespace + "/";

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string PackageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    private readonly List<(string Path, string ContentType, byte[] Data)> _parts = [];

    // Relationships by the part they start from ("" for the package), in the order added.
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);

    /// <summary>The UTF-8 bytes of an XML part: the declaration Office writes, then the text as given.</summary>
    public static byte[] Xml(string text) => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + text.TrimStart());

    /// <summary>Adds a part, reached from <paramref name="from"/> (a part's path, or null for the package) by relationship <paramref name="id"/>.</summary>
    /// <param name="from">The path of the part the relationship starts at, such as <c>/word/document.xml</c>; null for the package itself.</param>
    /// <param name="id">The relationship id, unique within <paramref name="from"/>: given, never generated, so the bytes are the same on every build.</param>
    /// <param name="relationshipType">The relationship type URI.</param>
    /// <param name="path">The part's absolute path in the package, such as <c>/word/styles.xml</c>.</param>
    /// <param name="contentType">The part's content type.</param>
    /// <param name="data">The part's bytes.</param>
    public void AddPart(string? from, string id, string relationshipType, string path, string contentType, byte[] data)
    {
        _parts.Add((path, contentType, data));
        var source = from ?? string.Empty;
        if (!_relationships.TryGetValue(source, out var list))
        {
            _relationships[source] = list = [];
        }

        list.Add((id, relationshipType, path));
    }

    public byte[] ToArray()
    {
        var entries = new List<(string Name, byte[] Data)> { ("[Content_Types].xml", ContentTypes()) };
        entries.AddRange(_parts.Select(p => (p.Path.TrimStart('/'), p.Data)));
        foreach (var (source, relationships) in _relationships)
        {
            entries.Add((RelationshipsPartName(source), Relationships(relationships)));
        }

        return DeterministicZip.Write(entries);
    }

    /// <summary>Where the relationships of a part live: <c>/word/document.xml</c> has <c>word/_rels/document.xml.rels</c>.</summary>
    private static string RelationshipsPartName(string source)
    {
        var slash = source.LastIndexOf('/');
        return slash < 0 ? "_rels/.rels" : $"{source[1..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
    }

    private byte[] ContentTypes() => Write(writer =>
    {
        writer.WriteStartElement("Types", ContentTypesNamespace);
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", "rels");
        writer.WriteAttributeString("ContentType", RelationshipsContentType);
        writer.WriteEndElement();
        writer.WriteStartElement("Default", ContentTypesNamespace);
        writer.WriteAttributeString("Extension", "xml");
        writer.WriteAttributeString("ContentType", "application/xml");
        writer.WriteEndElement();
        foreach (var (path, contentType, _) in _parts)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", path);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static byte[] Relationships(List<(string Id, string Type, string Target)> relationships) => Write(writer =>
    {
        writer.WriteStartElement("Relationships", PackageRelationshipsNamespace);
        foreach (var (id, type, target) in relationships)
        {
            writer.WriteStartElement("Relationship", PackageRelationshipsNamespace);
            writer.WriteAttributeString("Id", id);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", target);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>
    /// An XML part written with <paramref name="body"/>: UTF-8 without a byte order mark, standalone,
    /// not indented, each namespace declared once (a tree parsed from template text repeats them).
    /// </summary>
    public static byte[] Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NamespaceHandling = NamespaceHandling.OmitDuplicates };
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartDocument(standalone: true);
            body(writer);
            writer.WriteEndDocument();
        }

        return output.ToArray();
    }
}
