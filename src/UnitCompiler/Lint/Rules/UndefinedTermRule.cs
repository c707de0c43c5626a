using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>Every bold key term resolves to a definition in the indicative content.</summary>
public sealed class UndefinedTermRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUndefinedTerm;

    public void Check(LintContext context)
    {
        foreach (var criterion in context.Unit.Criteria)
        {
            foreach (var term in criterion.Terms.Where(t => context.Terms.Resolve(t.Value, criterion.Id).Count == 0))
            {
                context.Report(Descriptor, term.Text, 0, term.Value.Length, criterion.Id, term.Value, criterion.Id);
            }
        }
    }
}
