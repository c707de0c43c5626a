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

        var open = new List<(LintText Text, Match Match, string Compound)>();
        foreach (var t in texts)
        {
            foreach (var compound in hyphenated.Keys)
            {
                var spaced = compound.Replace('-', ' ');
                foreach (Match m in Regex.Matches(t.Text.Value, $@"\b{Regex.Escape(spaced)}\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking))
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
                    foreach (Match m in Regex.Matches(t.Text.Value, $@"\b{Regex.Escape(group.Key)}\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking))
                    {
                        context.Report(Descriptor, t.Text, m.Index, m.Length, t.CriterionId, m.Value, group.Key.Replace('-', ' '), group.Count());
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\b[A-Za-z]{3,}-[A-Za-z]{3,}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Hyphenated();
}
