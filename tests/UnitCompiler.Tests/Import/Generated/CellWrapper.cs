namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Breaks a cell's HTML onto further physical lines the way exports do. Every break falls inside an
/// element that is still open (a paragraph or a list), so where the row ends stays defined by the HTML.
/// </summary>
internal static class CellWrapper
{
    public static string Wrap(string cell, IEnumerable<WrapPoint> points)
    {
        var breaks = new SortedSet<(int At, bool ReplacesSpace)>();
        foreach (var point in points)
        {
            var places = Places(cell, point.Kind);
            if (places.Count > 0)
            {
                breaks.Add(places[point.Nth % places.Count]);
            }
        }

        foreach (var (at, replacesSpace) in breaks.Reverse())
        {
            cell = replacesSpace ? cell[..at] + "\n" + cell[(at + 1)..] : cell[..at] + "\n" + cell[at..];
        }

        return cell;
    }

    private static List<(int, bool)> Places(string cell, WrapKind kind)
    {
        var places = new List<(int, bool)>();
        var inTag = false;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '<')
            {
                inTag = true;
                switch (kind)
                {
                    case WrapKind.BeforeParagraphClose when At(cell, i, "</p>"):
                    case WrapKind.BetweenListItems when At(cell, i, "<li"):
                        places.Add((i, false));
                        break;
                }
            }
            else if (c == '>')
            {
                inTag = false;
                if (kind == WrapKind.AfterParagraphOpen && OpensParagraph(cell, i))
                {
                    places.Add((i + 1, false));
                }
            }
            else if (inTag && kind == WrapKind.InsideTag && c == ' ')
            {
                places.Add((i, true));
            }
            else if (!inTag && kind == WrapKind.WordBoundary && c == ' ' && i > 0 && i + 1 < cell.Length
                && cell[i - 1] != '>' && cell[i + 1] != '<' && char.IsLetterOrDigit(cell[i + 1]))
            {
                places.Add((i, true));
            }
        }

        return places;
    }

    private static bool At(string s, int i, string what) => string.Compare(s, i, what, 0, what.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool OpensParagraph(string s, int close)
    {
        var open = s.LastIndexOf('<', close);
        return open >= 0 && At(s, open, "<p") && (s[open + 2] is '>' or ' ');
    }
}
