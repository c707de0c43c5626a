using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>"the the": a word written twice in a row.</summary>
public sealed partial class DoubledWordRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintDoubledWord;

    public void Check(LintContext context)
    {
        foreach (var t in LintText.All(context.Unit))
        {
            var words = Word().Matches(t.Text.Value);
            for (var i = 1; i < words.Count; i++)
            {
                var (a, b) = (words[i - 1], words[i]);
                var between = t.Text.Value.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length);
                if (string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase) && between.Trim().IsEmpty && !char.IsDigit(a.Value[0]))
                {
                    context.Report(Descriptor, t.Text, a.Index, b.Index + b.Length - a.Index, t.CriterionId, b.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();
}
