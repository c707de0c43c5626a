using System.Text;

namespace UnitCompiler.Render.Xlsx;

/// <summary>
/// Reads the RFC 4180 rows a spreadsheet template prints (quoted fields may hold commas, doubled
/// quotes and line breaks). A quote left open, or text after a closing quote, is the template's
/// mistake and is reported at its line and column in the output.
/// </summary>
internal static class CsvReader
{
    /// <exception cref="TemplateOutputException">The text is not well-formed CSV.</exception>
    public static IReadOnlyList<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0, line = 0, lineStart = 0;
        var quoted = false;
        var quoteLine = 0;
        var quoteColumn = 0;
        var atFieldStart = true;

        void EndField()
        {
            row.Add(field.ToString());
            field.Clear();
            atFieldStart = true;
        }

        void EndRow()
        {
            EndField();
            // A blank line between rows is not a row of one empty cell.
            if (row.Count > 1 || row[0].Length > 0)
            {
                rows.Add([.. row]);
            }

            row.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    i++;
                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw new TemplateOutputException("text follows a closing quote; a quote inside a field is written twice (\"\")", line, i - lineStart);
                    }

                    continue;
                }

                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }

                if (c != '\r')
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    atFieldStart = false;
                    quoteLine = line;
                    quoteColumn = i - lineStart;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    lineStart = i + 1;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    break;
            }

            i++;
        }

        if (quoted)
        {
            throw new TemplateOutputException("a quoted field is never closed", quoteLine, quoteColumn);
        }

        EndRow();
        return rows;
    }
}
