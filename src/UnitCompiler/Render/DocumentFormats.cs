namespace UnitCompiler.Render;

/// <summary>
/// The one table of what a document format is beyond its templates: a format printed from another
/// format's documents (pdf from html) rather than rendered, and a format that adds a document for
/// the whole catalogue (xlsx adds the catalogue workbook). A build asks this table, not the names.
/// </summary>
public static class DocumentFormats
{
    public const string Html = "html";
    public const string Pdf = "pdf";
    public const string Xlsx = "xlsx";

    /// <summary>Formats made from another format's documents: the format and what it is printed from.</summary>
    private static readonly (string Format, string Source)[] Derived = [(Pdf, Html)];

    /// <summary>Formats whose documents a catalogue-wide document is assembled from.</summary>
    private static readonly string[] CatalogueFormats = [Xlsx];

    /// <summary>The formats a build can make: those <paramref name="rendered"/> by templates, and those derived from them.</summary>
    public static IReadOnlyList<string> Known(IEnumerable<string> rendered)
    {
        var known = rendered.Distinct(StringComparer.Ordinal).ToList();
        known.AddRange(Derived.Where(d => known.Contains(d.Source)).Select(d => d.Format));
        return known;
    }

    /// <summary>The format <paramref name="format"/> is printed from, or null when templates render it.</summary>
    public static string? SourceOf(string format) => Derived.FirstOrDefault(d => d.Format == format).Source;

    /// <summary>True when <paramref name="format"/>'s documents feed a catalogue-wide document.</summary>
    public static bool AddsCatalogue(string format) => CatalogueFormats.Contains(format, StringComparer.Ordinal);
}
