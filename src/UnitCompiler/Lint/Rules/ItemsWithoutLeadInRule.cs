using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>Sub-items complete a lead-in that ends with ":".</summary>
public sealed class ItemsWithoutLeadInRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintItemsWithoutLeadIn;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        if (!criterion.Items.IsEmpty && !plain.TrimEnd().EndsWith(':'))
        {
            var end = criterion.Text.Value.TrimEnd().Length;
            context.Report(Descriptor, criterion.Text, Math.Max(0, end - 1), 1, criterion.Id, criterion.Id);
        }
    }
}
