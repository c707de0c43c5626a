using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// Knowledge verbs below or above the levels where they usually appear, as a summary: one
/// suggestion per verb per unit, at its first use, naming every criterion that uses it. Verbs common
/// at every level (lint.level_quiet_verbs: describe, explain, identify) are not mentioned.
/// </summary>
public sealed class VerbLevelRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintVerbLevel;

    public void Check(LintContext context)
    {
        if (context.Unit.Header.Level is not { } level)
        {
            return;
        }

        var uses = context.Unit.Criteria
            .Where(c => !c.Suppressions.Any(s => string.Equals(s.Rule, Descriptor.Id, StringComparison.OrdinalIgnoreCase)))
            .Select(c => (Criterion: c, Verb: CommandVerbs.Table.GetValueOrDefault(CommandVerbs.FirstWord(MarkdownInline.ToPlainText(c.Text.Value)))))
            .Where(u => u.Verb is { Kind: CommandVerbKind.Knowledge } v && (Below(level, v) || level > v.MaxLevel) && !context.Config.LevelQuietVerbs.Contains(v.Word));
        foreach (var group in uses.GroupBy(u => u.Verb!))
        {
            var (first, verb) = group.First();
            var ids = string.Join(", ", group.Select(u => u.Criterion.Id));
            var start = CriterionRule.FirstWordIndex(first.Text.Value);
            context.Report(Descriptor, first.Text, start, verb!.Word.Length, first.Id, verb.Word, verb.MinLevel, verb.MaxLevel, level == EntryLevel.Level ? context.Unit.Header.LevelName : "level " + context.Unit.Header.LevelName, ids);
        }
    }

    /// <summary>
    /// Below the verb's levels. The verbs' levels are counted from Level 1 up: a verb first seen at
    /// Level 1 ("state", "list") is not below an Entry level unit, whose verbs are simpler still.
    /// </summary>
    private static bool Below(int level, CommandVerb verb) => level < verb.MinLevel && !(level == EntryLevel.Level && verb.MinLevel <= 1);
}
