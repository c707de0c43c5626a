using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A compound written both hyphenated and open in one unit ("person-centred" and "person centred").
/// Each occurrence of the less common form is reported, pointing at the other; on a tie the open
/// form is reported, as hyphenated compound adjectives are the house style of regulated units.
/// </summary>
public sealed class InconsistentCompoundRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintInconsistentCompound;

    public void Check(LintContext context)
    {
        var texts = context.Texts;
        var hyphenated = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in texts)
        {
            foreach (var (start, end) in Hyphenated(t.Text.Value))
            {
                var compound = t.Text.Value[start..end];
                hyphenated[compound] = hyphenated.GetValueOrDefault(compound) + 1;
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
    internal static List<(LintText Text, Range Match, string Compound)> OpenForms(IReadOnlyList<LintText> texts, string[] compounds)
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

    /// <summary>What regex's \w counts as part of a word (ASCII answered without a category look-up).</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>What regex's \b counts as part of a word: \w and the zero-width joiner and non-joiner.</summary>
    private static bool IsBoundaryWordCharacter(char c) => IsWordCharacter(c) || c is '\u200D' or '\u200C';

    /// <summary>
    /// The matches of <c>\b[A-Za-z]{3,}-[A-Za-z]{3,}\b</c> in <paramref name="text"/>, left to right,
    /// as (start, end): a run of three or more ASCII letters after a non-word character (or the
    /// start), a hyphen, and another such run before a non-word character (or the end). A scan, not
    /// the regex: the non-backtracking engine cost a tenth of a catalogue's lint, and a millisecond
    /// of every run to build its automaton.
    /// </summary>
    internal static List<(int Start, int End)> Hyphenated(string text)
    {
        var found = new List<(int Start, int End)>();

        // A link's address ("...publications/social-media-playbook") is not the unit's wording.
        var targets = text.Contains('[') ? MarkdownInline.LinkTargets(text).ToList() : [];
        var at = 0;
        while (at < text.Length)
        {
            if (targets.Find(t => t.Start == at) is { End: > 0 } target)
            {
                at = target.End;
                continue;
            }

            if (!char.IsAsciiLetter(text[at]) || (at > 0 && IsBoundaryWordCharacter(text[at - 1])))
            {
                at++;
                continue;
            }

            var first = LetterRunEnd(text, at);
            if (first - at >= 3 && first < text.Length && text[first] == '-')
            {
                var second = LetterRunEnd(text, first + 1);
                if (second - (first + 1) >= 3 && (second == text.Length || !IsBoundaryWordCharacter(text[second])))
                {
                    found.Add((at, second));
                    at = second;
                    continue;
                }
            }

            at++;
        }

        return found;
    }

    private static int LetterRunEnd(string text, int at)
    {
        while (at < text.Length && char.IsAsciiLetter(text[at]))
        {
            at++;
        }

        return at;
    }
}
