using System.Xml;
using System.Xml.Linq;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// The prefixes a docx template may use without declaring them: the packager declares them on
/// <c>w:document</c>, so template authors write <c>&lt;w:p&gt;</c> as Word itself does.
/// </summary>
internal static class WordNamespaces
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace R = Office.OpcPackage.RelationshipsNamespace;
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    /// <summary>unitc's own instructions to the packager (document properties); never written into the package.</summary>
    public static readonly XNamespace Unitc = "urn:unitc:docx";

    public static IReadOnlyList<(string Prefix, XNamespace Namespace)> Declared { get; } =
        [("w", W), ("r", R), ("mc", Mc), ("w14", W14), ("w15", W15), ("unitc", Unitc)];

    /// <summary>Word 2007 ignores the w14/w15 extensions (check boxes) instead of refusing the file.</summary>
    public const string Ignorable = "w14 w15";

    public static XmlNamespaceManager Manager(XmlNameTable names)
    {
        var manager = new XmlNamespaceManager(names);
        foreach (var (prefix, ns) in Declared)
        {
            manager.AddNamespace(prefix, ns.NamespaceName);
        }

        return manager;
    }
}
