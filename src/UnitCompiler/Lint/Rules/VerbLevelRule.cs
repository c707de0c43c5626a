using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A knowledge verb below or above the levels where it usually appears (a suggestion only).</summary>
public sealed class VerbLevelRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintVerbLevel;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        if (context.Unit.Header.Level is not { } level || !CommandVerbs.Table.TryGetValue(CommandVerbs.FirstWord(plain), out var verb) || verb.Kind != CommandVerbs.Kind.Knowledge)
        {
            return;
        }

        if (level < verb.MinLevel || level > verb.MaxLevel)
        {
            context.Report(Descriptor, criterion.Text, FirstWordIndex(criterion.Text.Value), verb.Word.Length, criterion.Id, verb.Word, verb.MinLevel, verb.MaxLevel, level);
        }
    }
}
