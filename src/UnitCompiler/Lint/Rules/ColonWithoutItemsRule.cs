using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A criterion ending in ":" promises sub-items.</summary>
public sealed class ColonWithoutItemsRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintColonWithoutItems;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        if (plain.TrimEnd().EndsWith(':') && criterion.Items.IsEmpty)
        {
            var at = criterion.Text.Value.TrimEnd().Length - 1;
            context.Report(Descriptor, criterion.Text, at, 1, criterion.Id, criterion.Id);
        }
    }
}
