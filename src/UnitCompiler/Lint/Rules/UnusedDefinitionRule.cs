using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A definition that no bold key term of any criterion resolves to.</summary>
public sealed class UnusedDefinitionRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUnusedDefinition;

    public void Check(LintContext context)
    {
        var used = new HashSet<Definition>(ReferenceEqualityComparer.Instance);
        foreach (var criterion in context.Unit.Criteria)
        {
            foreach (var term in criterion.Terms)
            {
                var resolved = context.Terms.Resolve(term.Value, criterion.Id);
                used.UnionWith(resolved.Count > 0 || TermVariants.FindVariant(context.Unit, term.Value) is not { } variant ? resolved : [variant]);
            }
        }

        var usedKeys = used.Select(d => KeyTermResolver.Normalise(d.Term.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var content in context.Unit.IndicativeContent)
        {
            foreach (var d in content.Definitions.Where(d => !usedKeys.Contains(KeyTermResolver.Normalise(d.Term.Value))))
            {
                context.Report(Descriptor, d.Term, 0, d.Term.Value.Length, content.CriterionId, d.Term.Value);
            }
        }
    }
}
