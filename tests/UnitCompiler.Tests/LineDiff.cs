using System.Text;

namespace UnitCompiler.Tests;

/// <summary>
/// A unified-style line diff for failure messages, so a mismatch against a hand-written expected file
/// shows every line that differs (a first-difference report hides the misreads that follow it).
/// </summary>
internal static class LineDiff
{
    public static string Of(string expected, string actual, int context = 2)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');

        // Longest common subsequence table, filled from the end so the walk below runs forwards.
        var lcs = new int[e.Length + 1, a.Length + 1];
        for (var i = e.Length - 1; i >= 0; i--)
        {
            for (var j = a.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = e[i] == a[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < e.Length || y < a.Length)
        {
            if (x < e.Length && y < a.Length && e[x] == a[y])
            {
                lines.Add((' ', e[x]));
                x++;
                y++;
            }
            else if (x < e.Length && (y == a.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', e[x]));
                x++;
            }
            else
            {
                lines.Add(('+', a[y]));
                y++;
            }
        }

        var text = new StringBuilder("--- expected\n+++ actual\n");
        var lastShown = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var near = Enumerable.Range(Math.Max(0, k - context), (2 * context) + 1).Any(n => n < lines.Count && lines[n].Mark != ' ');
            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && k != lastShown + 1)
            {
                text.Append("...\n");
            }

            text.Append(lines[k].Mark).Append(' ').Append(lines[k].Text).Append('\n');
            lastShown = k;
        }

        return text.ToString();
    }
}
