namespace UnitCompiler.Text;

/// <summary>
/// A decoded input file: its text and where each line starts, so that any character offset can be
/// turned into a 0-based line and column. Columns count UTF-16 code units, as editors do.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The line without its terminator (LF, CRLF or lone CR).</summary>
    public ReadOnlySpan<char> LineText(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.AsSpan(start, end - start);
    }

    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }

    public Diagnostics.SourceLocation Location(int offset)
    {
        var (line, column) = GetPosition(offset);
        return new Diagnostics.SourceLocation(Path, line, column);
    }

    public Diagnostics.SourceLocation Location(int start, int end)
    {
        var (line, column) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(end);
        return new Diagnostics.SourceLocation(Path, line, column, endLine, endColumn);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
