using System.Text;
using UnitCompiler.Render.Xlsx;

namespace UnitCompiler.Render;

/// <summary>
/// Turns what a template printed into a document's bytes. Text formats are UTF-8 as printed; CSV
/// gets CRLF line ends and a UTF-8 BOM (RFC 4180, and Excel reads the encoding from the BOM).
/// Office formats are packaged from the template's text, so their layout stays in templates that
/// users can change while the packaging (zip parts, styles, relationships) stays in code.
/// </summary>
internal static class DocumentEncoding
{
    /// <param name="text">What the template printed.</param>
    /// <param name="format">The document's format.</param>
    /// <param name="sheet">The name of a workbook's one sheet (the unit's reference, the qualification's number).</param>
    /// <exception cref="TemplateOutputException">The template printed something the format cannot hold.</exception>
    public static byte[] Encode(string text, string format, string sheet) => format switch
    {
        "csv" => Csv(text),
        "xlsx" => Xlsx(text, sheet),
        "docx" => Docx.DocxPackage.Build(text),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static byte[] Xlsx(string text, string sheet)
    {
        Office.XmlCharacters.Check(text);
        return XlsxWorkbook.Create([new XlsxSheet(SheetNames.Safe(sheet), CsvReader.Read(text))]);
    }

    private static byte[] Csv(string text)
    {
        var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)];
    }
}
