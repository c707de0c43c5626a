using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>"Understand", "know", "be aware of" cannot be assessed in a criterion.</summary>
public sealed class UnassessableVerbRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUnassessableVerb;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var start = FirstWordIndex(criterion.Text.Value);
        if (CommandVerbs.UnassessableOpening(criterion.Text.Value[start..]) is { } verb)
        {
            context.Report(Descriptor, criterion.Text, start, verb.Length, criterion.Id, criterion.Id, verb);
        }
    }
}
