using System.Text;

namespace UnitCompiler.Tests;

/// <summary>
/// A line diff of two texts ("-" expected, "+" actual, a little context), so a failing comparison of
/// whole specs shows every place they part rather than only the first.
/// </summary>
internal static class LineDiff
{
    public static string Show(string expected, string actual, int context = 1)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');

        // Longest common subsequence table from the end; specs are a few hundred lines.
        var lcs = new int[e.Length + 1, a.Length + 1];
        for (var i = e.Length - 1; i >= 0; i--)
        {
            for (var j = a.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = e[i] == a[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < e.Length || y < a.Length)
        {
            if (x < e.Length && y < a.Length && e[x] == a[y])
            {
                lines.Add((' ', x + 1, e[x]));
                x++;
                y++;
            }
            else if (y < a.Length && (x == e.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                lines.Add(('+', y + 1, a[y]));
                y++;
            }
            else
            {
                lines.Add(('-', x + 1, e[x]));
                x++;
            }
        }

        var sb = new StringBuilder();
        var lastShown = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - context), Math.Min(lines.Count, k + context + 1) - Math.Max(0, k - context)).Any(n => lines[n].Mark != ' ');
            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && k > lastShown + 1)
            {
                sb.AppendLine("  ...");
            }

            sb.AppendLine($"{lines[k].Mark} {lines[k].Line,4}: {lines[k].Text}");
            lastShown = k;
        }

        return sb.ToString();
    }
}
