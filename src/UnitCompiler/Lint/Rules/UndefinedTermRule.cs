using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// Every bold key term resolves to a definition in the indicative content. A term that is a variant
/// spelling of a defined one (preventative, preventive) is defined, but spelt differently: UNITC1011.
/// </summary>
public sealed class UndefinedTermRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUndefinedTerm;

    public void Check(LintContext context)
    {
        foreach (var criterion in context.Unit.Criteria)
        {
            foreach (var term in criterion.Terms.Where(t => context.Terms.Resolve(t.Value, criterion.Id).Count == 0 && TermVariants.FindVariant(context.Unit, t.Value) is null))
            {
                context.Report(Descriptor, term.Text, 0, term.Value.Length, criterion.Id, term.Value, criterion.Id);
            }
        }
    }
}
