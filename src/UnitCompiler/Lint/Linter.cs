using UnitCompiler.Lint.Rules;
using UnitCompiler.Model;

namespace UnitCompiler.Lint;

/// <summary>Runs every rule, in a fixed order, over one unit.</summary>
public static class Linter
{
    public static IReadOnlyList<ILintRule> Rules { get; } =
    [
        new CommandVerbRule(), new CompoundVerbRule(), new UnassessableVerbRule(), new VerbLevelRule(), new OutcomeVerbMismatchRule(),
        new UndefinedTermRule(), new TermSpellingRule(), new UnusedDefinitionRule(),
        new InconsistentCompoundRule(), new UsSpellingRule(), new DoubledWordRule(), new UnclosedPairRule(),
        new ColonWithoutItemsRule(), new ItemsWithoutLeadInRule(), new LongCriterionRule(), new UnalignedGuidanceRule(),
    ];

    public static IReadOnlyList<LintFinding> Lint(Unit unit, LintConfig config, string path)
    {
        var context = new LintContext(unit, config, path);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        return [.. context.Findings
            .OrderBy(f => f.Diagnostic.Location.Line)
            .ThenBy(f => f.Diagnostic.Location.Column)
            .ThenBy(f => f.Diagnostic.Id, StringComparer.Ordinal)];
    }
}
