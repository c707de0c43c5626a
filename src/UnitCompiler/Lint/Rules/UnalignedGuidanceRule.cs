using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>A guidance item the aligner matched to no criterion.</summary>
public sealed class UnalignedGuidanceRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUnalignedGuidance;

    public void Check(LintContext context)
    {
        foreach (var item in context.Unit.Guidance?.AllItems.Where(i => i.Criteria.IsEmpty) ?? [])
        {
            var text = item.Title ?? item.Text;
            context.Report(Descriptor, text, 0, text.Value.Length, null);
        }
    }
}
