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
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

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

        var open = new List<(LintText Text, Match Match, string Compound)>();
        var spacedForms = hyphenated.Keys.Select(k => (Compound: k, Spaced: k.Replace('-', ' '), Lower: k.Replace('-', ' ').ToLowerInvariant())).ToList();
        foreach (var t in texts)
        {
            // An ASCII text holds an ASCII compound, ignoring case, only if its lower-case form holds
            // the compound's: a vectorised ordinal search rules out most (text, compound) pairs
            // before the regex runs. Regex case-insensitivity also matches a few non-ASCII letters
            // (the Kelvin sign for k), so a text with any non-ASCII character is always searched.
            var lower = System.Text.Ascii.IsValid(t.Text.Value) ? t.Text.Value.ToLowerInvariant() : null;
            foreach (var (compound, spaced, spacedLower) in spacedForms)
            {
                if (lower is not null && !lower.Contains(spacedLower, StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match m in WholeWords(spaced).Matches(t.Text.Value))
                {
                    open.Add((t, m, compound));
                }
            }
        }

        foreach (var group in open.GroupBy(o => o.Compound, StringComparer.OrdinalIgnoreCase))
        {
            var hyphenCount = hyphenated[group.Key];
            if (group.Count() <= hyphenCount)
            {
                foreach (var (text, match, compound) in group)
                {
                    context.Report(Descriptor, text.Text, match.Index, match.Length, text.CriterionId, match.Value, compound, hyphenCount);
                }
            }
            else
            {
                foreach (var t in texts)
                {
                    foreach (Match m in WholeWords(group.Key).Matches(t.Text.Value))
                    {
                        context.Report(Descriptor, t.Text, m.Index, m.Length, t.CriterionId, m.Value, group.Key.Replace('-', ' '), group.Count());
                    }
                }
            }
        }
    }

    /// <summary>
    /// One regex per compound for the whole run, not one per text: building a non-backtracking
    /// regex costs far more than running it, and the compounds of a catalogue are a small
    /// vocabulary (bounded here all the same, past which they are built as needed).
    /// </summary>
    private static Regex WholeWords(string words)
    {
        if (Cache.TryGetValue(words, out var regex))
        {
            return regex;
        }

        regex = new Regex($@"\b{Regex.Escape(words)}\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        if (Cache.Count < 10_000)
        {
            Cache.TryAdd(words, regex);
        }

        return regex;
    }

    [GeneratedRegex(@"\b[A-Za-z]{3,}-[A-Za-z]{3,}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Hyphenated();
}
