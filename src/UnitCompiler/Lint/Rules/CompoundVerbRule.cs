using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// "Develop and implement", "Clean and sanitise", "Plan, deliver and review": command verbs joined
/// at the start of a criterion. Both words must be English verbs in their base form (Lint/Lexicon),
/// so "Explain health and safety" is one action.
/// </summary>
public sealed class CompoundVerbRule : CriterionRule
{
    public override DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintCompoundVerb;

    protected override void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain)
    {
        var words = plain.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return;
        }

        // "X and Y", or a list "X, Y and Z": verbs up to the conjunction, a verb after it. "Replace or
        // repair" offers a choice of one action, not two to evidence, so "or" joins no double action.
        var and = Array.FindIndex(words, 1, Math.Min(words.Length, 5) - 1, w => w is "and" or "&");
        if (and < 1 || and + 1 >= words.Length || (and > 1 && !words[..(and - 1)].All(w => w.EndsWith(','))))
        {
            return;
        }

        var last = words[and + 1].TrimEnd(',', ';', ':');
        if (!words[..and].All(w => IsVerb(context, w.TrimEnd(','))) || !IsVerb(context, last))
        {
            return;
        }

        var pair = string.Join(' ', words[..(and + 1)]) + " " + last;
        if (!context.Config.AllowedPairs.Contains(pair))
        {
            context.Report(Descriptor, criterion.Text, FirstWordIndex(criterion.Text.Value), pair.Length, criterion.Id, criterion.Id, pair);
        }
    }

    private static bool IsVerb(LintContext context, string word) =>
        word.Length > 0 && char.IsLetter(word[^1]) && CommandVerbs.IsCommandVerb(word, context.Config);
}
