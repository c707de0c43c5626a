using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A compound written both hyphenated and open in one unit ("person-centred" and "person centred").
/// Each occurrence of the less common form is reported, pointing at the other; on a tie the open
/// form is reported, as hyphenated compound adjectives are the house style of regulated units.
/// </summary>
public sealed partial class InconsistentCompoundRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintInconsistentCompound;

    public void Check(LintContext context)
    {
        var texts = LintText.All(context.Unit).ToList();
        var hyphenated = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in texts)
        {
            foreach (Match m in Hyphenated().Matches(t.Text.Value))
            {
                hyphenated[m.Value] = hyphenated.GetValueOrDefault(m.Value) + 1;
            }
        }

        if (hyphenated.Count == 0)
        {
            return;
        }

        var open = OpenForms(texts, [.. hyphenated.Keys]);

        foreach (var group in open.GroupBy(o => o.Compound, StringComparer.OrdinalIgnoreCase))
        {
            var hyphenCount = hyphenated[group.Key];
            if (group.Count() <= hyphenCount)
            {
                foreach (var (text, match, compound) in group)
                {
                    Report(context, text, match, compound, hyphenCount);
                }
            }
            else
            {
                foreach (var t in texts)
                {
                    foreach (var match in WholeWords(t.Text.Value, group.Key))
                    {
                        Report(context, t, match, group.Key.Replace('-', ' '), group.Count());
                    }
                }
            }
        }
    }

    private void Report(LintContext context, LintText text, Range match, string other, int otherCount)
    {
        var (index, length) = match.GetOffsetAndLength(text.Text.Value.Length);
        var found = text.Text.Value[match];
        // The fix writes the unit's majority form, keeping the capital of the words it replaces.
        var replacement = char.IsUpper(found[0]) ? char.ToUpperInvariant(other[0]) + other[1..] : char.ToLowerInvariant(other[0]) + other[1..];
        context.ReportWithFix(Descriptor, text.Text, index, length, text.CriterionId, replacement, false, found, other, otherCount);
    }

    /// <summary>
    /// Every open occurrence ("person centred") of the compounds, text by text, and within a text
    /// compound by compound (in <paramref name="compounds"/>' order), then by position: what a
    /// whole-word search of each text for each compound finds, in the same order. Each text is
    /// walked once, its pairs of words one space apart looked up among the compounds, where
    /// searching each text for each compound cost a fifth of a catalogue's lint.
    /// </summary>
    internal static List<(LintText Text, Range Match, string Compound)> OpenForms(List<LintText> texts, string[] compounds)
    {
        // OrdinalIgnoreCase, as the search was: a match of "a b" as whole words is a run of word
        // characters, one space and another run, bounded by non-word characters (or the ends).
        var byOpenForm = new Dictionary<string, int>(compounds.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < compounds.Length; i++)
        {
            byOpenForm[compounds[i].Replace('-', ' ')] = i;
        }

        var lookup = byOpenForm.GetAlternateLookup<ReadOnlySpan<char>>();
        var open = new List<(LintText Text, Range Match, string Compound)>();
        var found = new List<(int Compound, int Start, int End)>();
        foreach (var t in texts)
        {
            var text = t.Text.Value;
            found.Clear();
            var previousStart = -1;
            var previousEnd = -1;
            for (var at = 0; at < text.Length;)
            {
                if (!IsWordCharacter(text[at]))
                {
                    at++;
                    continue;
                }

                var start = at;
                while (at < text.Length && IsWordCharacter(text[at]))
                {
                    at++;
                }

                if (previousStart >= 0 && previousEnd == start - 1 && text[previousEnd] == ' ' && lookup.TryGetValue(text.AsSpan(previousStart, at - previousStart), out var compound))
                {
                    found.Add((compound, previousStart, at));
                }

                previousStart = start;
                previousEnd = at;
            }

            found.Sort(static (a, b) => a.Compound != b.Compound ? a.Compound.CompareTo(b.Compound) : a.Start.CompareTo(b.Start));
            foreach (var (compound, start, end) in found)
            {
                open.Add((t, start..end, compounds[compound]));
            }
        }

        return open;
    }

    /// <summary>
    /// Where <paramref name="words"/> occurs in <paramref name="text"/> as whole words, ignoring case.
    /// A plain search, not a regex built from the words: the words come from the spec, and a
    /// non-backtracking regex of a long one would be a large automaton (one 2,000-letter
    /// "word" was refused by the regex engine with an exception).
    /// </summary>
    private static IEnumerable<Range> WholeWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !IsWordCharacter(text[at - 1])) && (end == text.Length || !IsWordCharacter(text[end])))
            {
                yield return at..end;
            }
        }
    }

    /// <summary>What regex's \b counts as part of a word.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    [GeneratedRegex(@"\b[A-Za-z]{3,}-[A-Za-z]{3,}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Hyphenated();
}
