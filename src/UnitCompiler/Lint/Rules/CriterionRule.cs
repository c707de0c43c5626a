using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>Base for rules that look at one criterion at a time with its plain text.</summary>
public abstract class CriterionRule : ILintRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public void Check(LintContext context)
    {
        foreach (var outcome in context.Unit.Outcomes)
        {
            foreach (var criterion in outcome.Criteria)
            {
                Check(context, outcome, criterion, MarkdownInline.ToPlainText(criterion.Text.Value));
            }
        }
    }

    protected abstract void Check(LintContext context, LearningOutcome outcome, AssessmentCriterion criterion, string plain);

    /// <summary>Index in the Markdown text of the first word (after any leading emphasis marks).</summary>
    internal static int FirstWordIndex(string markdown)
    {
        var i = 0;
        while (i < markdown.Length && !char.IsLetter(markdown[i]))
        {
            i++;
        }

        return i;
    }
}
