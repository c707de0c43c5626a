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

    /// <summary>
    /// True for the formats whose bytes are what the template printed, in UTF-8: those are encoded
    /// straight from the render's buffer (<see cref="Utf8"/>), with no string of the whole document between.
    /// </summary>
    public static bool IsUtf8Text(string format) => format is not ("csv" or "xlsx" or "docx");

    /// <summary>
    /// The UTF-8 bytes of the text in <paramref name="printed"/>, the same bytes as
    /// <c>Encoding.UTF8.GetBytes(printed.ToString())</c> (one encoder across the builder's chunks, so a
    /// surrogate pair split between two chunks is one character, and a lone one U+FFFD as there).
    /// </summary>
    public static byte[] Utf8(StringBuilder printed)
    {
        var buffer = ThreadBuffer(Encoding.UTF8.GetMaxByteCount(printed.Length));
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in printed.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, buffer.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], buffer.AsSpan(length), flush: true);
        return buffer.AsSpan(0, length).ToArray();
    }

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>The thread's encoding buffer, at least <paramref name="size"/> bytes; a huge one is not kept.</summary>
    private static byte[] ThreadBuffer(int size)
    {
        if (size > 16 * 1024 * 1024)
        {
            return new byte[size];
        }

        var buffer = t_buffer;
        if (buffer is null || buffer.Length < size)
        {
            buffer = t_buffer = new byte[Math.Max(size, 256 * 1024)];
        }

        return buffer;
    }

    /// <summary>What an xlsx template printed for its first sheet: the unit's own, which the catalogue workbook takes.</summary>
    public static string FirstSheet(string text) => text.IndexOf('\f', StringComparison.Ordinal) is var end and >= 0 ? text[..end] : text;

    /// <summary>
    /// A workbook's first sheet is named <paramref name="sheet"/>; a form feed (which no cell may
    /// hold: it is no XML character) starts another sheet, named by the rest of its line.
    /// </summary>
    private static byte[] Xlsx(string text, string sheet)
    {
        var parts = text.Split('\f');
        var names = new List<string> { sheet };
        var bodies = new List<string> { parts[0] };
        foreach (var part in parts.Skip(1))
        {
            var end = part.IndexOf('\n', StringComparison.Ordinal);
            names.Add(end < 0 ? part.Trim() : part[..end].Trim());
            bodies.Add(end < 0 ? string.Empty : part[(end + 1)..]);
        }

        Office.XmlCharacters.Check(text.Replace('\f', ' ')); // positions in the template's whole output
        var unique = SheetNames.Unique(names);
        return XlsxWorkbook.Create([.. bodies.Select((body, i) => new XlsxSheet(unique[i], CsvReader.Read(body)))]);
    }

    private static byte[] Csv(string text)
    {
        var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)];
    }
}
