using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Lint;

/// <summary>
/// Applies mechanical lint fixes to a spec's text: each fix replaces exactly the characters of its
/// finding's span and nothing else. A pure function of the text and the fixes, so what `lint --fix`
/// writes is what `--fix --dry-run` shows and what the tests check.
/// </summary>
public static class LintFixer
{
    /// <summary>
    /// A spec's text with its mechanical fixes made, and the findings left. One fix can uncover
    /// another ("person centered" is a US spelling, and once "person centred", a compound spelt two
    /// ways), so it lints and fixes again until nothing more applies (at most three passes).
    /// </summary>
    public static (string Text, int Applied, IReadOnlyList<LintFinding> Left) FixSpec(string path, string text, LintConfig config)
    {
        var applied = 0;
        for (var pass = 0; ; pass++)
        {
            var read = SpecReader.Read(new SourceText(path, text));
            var findings = read.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => new LintFinding(d, null)).ToList();
            if (read.Unit is { } unit)
            {
                findings.AddRange(Linter.Lint(unit, config, path));
            }

            var fixes = findings.Where(f => f.Fix is not null).Select(f => f.Fix!).ToList();
            if (fixes.Count == 0 || pass == 3 || read.Diagnostics.Any(d => d.IsError))
            {
                return (text, applied, findings);
            }

            var (next, made) = Apply(text, fixes);
            if (made.Count == 0)
            {
                return (text, applied, findings);
            }

            (text, applied) = (next, applied + made.Count);
        }
    }

    /// <summary>
    /// The text with every applicable fix made, and the fixes made. A fix is skipped when its span no
    /// longer holds its original characters, or overlaps a fix before it. A key term's fix also
    /// respells the term in its criterion's derived <c>terms:</c> list, which must agree with the bold text.
    /// </summary>
    public static (string Text, IReadOnlyList<LintFix> Applied) Apply(string text, IEnumerable<LintFix> fixes)
    {
        var edits = new List<(int Offset, int Length, string Replacement, LintFix Fix)>();
        foreach (var fix in fixes.OrderBy(f => f.Offset))
        {
            if (fix.Offset < 0 || fix.Offset + fix.Original.Length > text.Length
                || string.CompareOrdinal(text, fix.Offset, fix.Original, 0, fix.Original.Length) != 0)
            {
                continue;
            }

            edits.Add((fix.Offset, fix.Original.Length, fix.Replacement, fix));
            if (fix.IsKeyTerm && TermsListEntry(text, fix) is { } entry)
            {
                edits.Add((entry, fix.Original.Length, fix.Replacement, fix));
            }
        }

        var sb = new StringBuilder(text.Length);
        var applied = new List<LintFix>();
        var at = 0;
        foreach (var (offset, length, replacement, fix) in edits.OrderBy(e => e.Offset))
        {
            if (offset < at)
            {
                continue; // overlaps the edit before it
            }

            sb.Append(text, at, offset - at).Append(replacement);
            at = offset + length;
            if (!applied.Contains(fix))
            {
                applied.Add(fix);
            }
        }

        sb.Append(text, at, text.Length - at);
        return (sb.ToString(), applied);
    }

    /// <summary>
    /// Where the term stands as a whole entry of the first <c>terms: [..]</c> line after the fix
    /// (the canonical spec writes a criterion's terms after its text and items), or null.
    /// </summary>
    private static int? TermsListEntry(string text, LintFix fix)
    {
        var line = text.IndexOf("terms: [", fix.Offset, StringComparison.Ordinal);
        if (line < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', line);
        end = end < 0 ? text.Length : end;
        for (var at = text.IndexOf(fix.Original, line, end - line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fix.Original, at + 1, end - at - 1, StringComparison.Ordinal))
        {
            var before = text[at - 1];
            var after = at + fix.Original.Length < text.Length ? text[at + fix.Original.Length] : '\n';
            if ((before is '[' or ' ' or '\'' or '"') && (after is ',' or ']' or '\'' or '"') && (before != ' ' || text[at - 2] == ','))
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>A unified diff of two texts of the same lines (fixes never add or remove a line), with three lines of context.</summary>
    public static string Diff(string path, string before, string after)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        if (a.Length != b.Length)
        {
            throw new ArgumentException("fixes keep the number of lines", nameof(after));
        }

        var sb = new StringBuilder();
        var changed = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        if (changed.Count == 0)
        {
            return string.Empty;
        }

        sb.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var k = 0;
        while (k < changed.Count)
        {
            var first = Math.Max(0, changed[k] - 3);
            var last = Math.Min(a.Length - 1, changed[k] + 3);
            var j = k + 1;
            while (j < changed.Count && changed[j] - 3 <= last + 1)
            {
                last = Math.Min(a.Length - 1, changed[j] + 3);
                j++;
            }

            var count = last - first + 1;
            sb.Append("@@ -").Append(first + 1).Append(',').Append(count).Append(" +").Append(first + 1).Append(',').Append(count).Append(" @@\n");
            for (var i = first; i <= last; i++)
            {
                if (a[i] == b[i])
                {
                    sb.Append(' ').Append(a[i]).Append('\n');
                }
                else
                {
                    sb.Append('-').Append(a[i]).Append('\n').Append('+').Append(b[i]).Append('\n');
                }
            }

            k = j;
        }

        return sb.ToString();
    }
}
