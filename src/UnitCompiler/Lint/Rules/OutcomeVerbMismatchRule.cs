using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>A knowledge outcome assessed only by performance verbs, or a skill outcome only by knowledge verbs.</summary>
public sealed class OutcomeVerbMismatchRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintOutcomeVerbMismatch;

    public void Check(LintContext context)
    {
        foreach (var outcome in context.Unit.Outcomes.Where(o => !o.Criteria.IsEmpty))
        {
            var kinds = outcome.Criteria
                .Select(c => CommandVerbs.Table.GetValueOrDefault(CommandVerbs.FirstWord(MarkdownInline.ToPlainText(c.Text.Value)))?.Kind)
                .ToList();
            if (kinds.Any(k => k is null))
            {
                return; // an unknown verb is reported by its own rule; do not guess here
            }

            var expected = outcome.Kind == OutcomeKind.Skill ? CommandVerbKind.Performance : CommandVerbKind.Knowledge;
            if (kinds.All(k => k != expected))
            {
                var found = expected == CommandVerbKind.Knowledge ? "performance" : "knowledge";
                context.Report(Descriptor, outcome.Text, 0, outcome.Text.Value.Length, null, outcome.Id, outcome.Kind == OutcomeKind.Skill ? "skill" : "knowledge", found);
            }
        }
    }
}
