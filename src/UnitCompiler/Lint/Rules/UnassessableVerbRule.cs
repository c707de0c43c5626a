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
        var text = criterion.Text.Value[start..];
        foreach (var verb in CommandVerbs.Unassessable)
        {
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && (text.Length == verb.Length || !char.IsLetter(text[verb.Length])))
            {
                context.Report(Descriptor, criterion.Text, start, verb.Length, criterion.Id, criterion.Id, verb);
                return;
            }
        }
    }
}
