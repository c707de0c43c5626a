using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>"Develop and implement", "Support and develop": two command verbs joined at the start of a criterion.</summary>
public sealed class CompoundVerbRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintCompoundVerb;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var words = plain.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || words[1] is not ("and" or "or" or "&"))
        {
            return;
        }

        var second = words[2].TrimEnd(',', ';');
        if (!IsVerb(context, words[0]) || !IsVerb(context, second))
        {
            return;
        }

        var pair = $"{words[0]} {words[1]} {second}";
        if (!context.Config.AllowedPairs.Contains(pair))
        {
            context.Report(Descriptor, criterion.Text, FirstWordIndex(criterion.Text.Value), pair.Length, criterion.Id, criterion.Id, pair);
        }
    }

    private static bool IsVerb(LintContext context, string word) => CommandVerbs.Table.ContainsKey(word) || context.Config.ExtraVerbs.Contains(word);
}
