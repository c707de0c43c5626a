using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A criterion starts with a known command verb in its base form.</summary>
public sealed class CommandVerbRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintCommandVerb;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var word = CommandVerbs.FirstWord(plain);
        var known = CommandVerbs.Table.ContainsKey(word) || context.Config.ExtraVerbs.Contains(word)
            || CommandVerbs.Unassessable.Any(u => u.StartsWith(word, StringComparison.OrdinalIgnoreCase) && word.Length > 1);
        if (!known)
        {
            context.Report(Descriptor, criterion.Text, FirstWordIndex(criterion.Text.Value), Math.Max(word.Length, 1), criterion.Id, criterion.Id, word);
        }
    }
}
