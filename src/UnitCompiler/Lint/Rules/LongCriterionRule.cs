using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>Criteria over the configured word limit.</summary>
public sealed class LongCriterionRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintLongCriterion;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var words = plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length
            + criterion.Items.Sum(i => Words(i.Text.Value))
            + (criterion.AfterItems is { } after ? Words(after.Value) : 0);
        if (words > context.Config.MaxCriterionWords)
        {
            context.Report(Descriptor, criterion.Text, 0, criterion.Text.Value.Length, criterion.Id, criterion.Id, words, context.Config.MaxCriterionWords);
        }
    }

    private static int Words(string markdown) => MarkdownInline.ToPlainText(markdown).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
