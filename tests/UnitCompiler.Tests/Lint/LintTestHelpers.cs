using UnitCompiler.Import;
using UnitCompiler.Lint;
using UnitCompiler.Model;

namespace UnitCompiler.Tests.Lint;

internal static class LintTestHelpers
{
    /// <summary>Lints the seed export after replacing <paramref name="from"/> by <paramref name="to"/>.</summary>
    public static IReadOnlyList<LintFinding> LintSeed(string from = "", string to = "", LintConfig? config = null) =>
        LintUnit(ImportHelpers.ImportText(from.Length == 0 ? ImportHelpers.SeedText : ImportHelpers.SeedText.Replace(from, to)).Unit!, config);

    public static IReadOnlyList<LintFinding> LintUnit(Unit unit, LintConfig? config = null) => Linter.Lint(unit, config ?? LintConfig.Default, "unit.txt");

    public static string[] Ids(this IReadOnlyList<LintFinding> findings, string id) =>
        [.. findings.Where(f => f.Diagnostic.Id == id).Select(f => f.CriterionId ?? "-")];
}
