using System.Diagnostics.CodeAnalysis;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// Catches, at build time, template output that is well-formed XML but not a document Word opens:
/// Word does not say which line is wrong, it only offers to "recover" the file. Errors point at the
/// element's line and column in the template's output.
/// </summary>
internal static class DocxValidation
{
    /// <summary>The feature switch that leaves the schema check out of a build of unitc.</summary>
    public const string Switch = "UnitCompiler.Docx.SchemaValidation";

    /// <summary>
    /// Whether <see cref="Validate"/> runs. On unless the switch is set false, as the native binary's
    /// publish does: the check is the Open XML SDK's validator, whose schema tables are more than
    /// half of that binary and double the start-up time of every run. With the switch off, the trimmer
    /// drops the SDK altogether; <see cref="CheckCells"/> and the well-formedness check still run.
    /// </summary>
    [FeatureSwitchDefinition(Switch)]
    public static bool IsEnabled => !AppContext.TryGetSwitch(Switch, out var enabled) || enabled;

    /// <summary>Word refuses a cell whose last block is not a paragraph, which the schema validator lets through.</summary>
    /// <exception cref="TemplateOutputException">A cell does not end with a paragraph.</exception>
    public static void CheckCells(IEnumerable<XElement> elements)
    {
        var w = WordNamespaces.W;
        foreach (var cell in elements.SelectMany(e => e.DescendantsAndSelf(w + "tc")))
        {
            if (cell.Elements().LastOrDefault()?.Name != w + "p")
            {
                var (line, column) = Position(cell);
                throw new TemplateOutputException("a table cell (w:tc) must end with a paragraph (w:p), even an empty one: Word cannot open the document otherwise", line, column);
            }
        }
    }

    /// <summary>Runs the Open XML schema validator over the package; the first error becomes the exception.</summary>
    /// <exception cref="TemplateOutputException">The package breaks the WordprocessingML schema.</exception>
    public static void Validate(byte[] package, XElement document)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(package), false);
        var error = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).FirstOrDefault();
        if (error is null)
        {
            return;
        }

        var inBody = error.Part is MainDocumentPart && error.Path?.XPath is { } xpath;
        var (line, column) = inBody ? Position(Find(document, error.Path!.XPath!)) : (0, 0);
        var where = inBody ? error.Path!.XPath : error.Part?.Uri.ToString();
        throw new TemplateOutputException($"{error.Description} ({where})", line, column);
    }

    /// <summary>The element an SDK path such as /w:document[1]/w:body[1]/w:tbl[2]/w:tr[1] names, or its nearest ancestor found.</summary>
    private static XElement Find(XElement root, string xpath)
    {
        var current = root;
        foreach (var step in xpath.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var open = step.IndexOf('[', StringComparison.Ordinal);
            var qualified = open < 0 ? step : step[..open];
            var index = open < 0 ? 1 : int.Parse(step[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var colon = qualified.IndexOf(':', StringComparison.Ordinal);
            var ns = colon < 0 ? null : WordNamespaces.Declared.FirstOrDefault(d => d.Prefix == qualified[..colon]).Namespace;
            if (ns is null)
            {
                break;
            }

            var next = current.Elements(ns + qualified[(colon + 1)..]).Skip(index - 1).FirstOrDefault();
            if (next is null)
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static (int Line, int Column) Position(XElement element)
    {
        // Elements the packager added have no position; the nearest printed ancestor has.
        for (XElement? e = element; e is not null; e = e.Parent)
        {
            if (e is IXmlLineInfo info && info.HasLineInfo())
            {
                return (info.LineNumber - 1, info.LinePosition - 1);
            }
        }

        return (0, 0);
    }
}
