using System.Security;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// Core and application properties. No creation or modification dates: the same spec must give
/// the same bytes, and a build date would differ on every run (the file system has the date).
/// </summary>
internal static class DocxProperties
{
    public static string Core(string title, string language) => $"""
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{SecurityElement.Escape(title)}</dc:title><dc:creator>unitc</dc:creator><dc:language>{SecurityElement.Escape(language)}</dc:language></cp:coreProperties>
""";

    public const string Extended = """
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>unitc</Application><DocSecurity>0</DocSecurity></Properties>
""";
}
