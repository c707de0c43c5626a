using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A term that resolves, but is spelt otherwise than its definition ("strength-based" for "Strengths-based").</summary>
public sealed class TermSpellingRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintTermSpelling;

    public void Check(LintContext context)
    {
        foreach (var criterion in context.Unit.Criteria)
        {
            foreach (var term in criterion.Terms)
            {
                var definitions = context.Terms.Resolve(term.Value, criterion.Id);
                if (definitions.Count != 1)
                {
                    continue; // compound spans resolve part by part; their parts are checked as written
                }

                var defined = MarkdownInline.ToPlainText(definitions[0].Term.Value);
                if (!SameSpelling(MarkdownInline.ToPlainText(term.Value), defined))
                {
                    context.Report(Descriptor, term.Text, 0, term.Value.Length, criterion.Id, term.Value, defined);
                }
            }
        }
    }

    /// <summary>Case and a plural of the whole term do not count; any other difference does.</summary>
    private static bool SameSpelling(string a, string b)
    {
        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        return x == y || x + "s" == y || x == y + "s";
    }
}
