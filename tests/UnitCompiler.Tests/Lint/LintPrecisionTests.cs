using UnitCompiler.Lint;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Tests.Lint;

/// <summary>
/// The measurement behind the README's precision and recall table, kept as a regression test.
/// lint-judged/: ten units from nine sectors; every finding is listed in NAME.expected.txt with a
/// person's judgement (correct or wrong). lint-planted/: five of them with defects planted, listed
/// in NAME.planted.txt; their findings are judged the same way. Lint must give exactly the judged
/// findings, find at least 90 % of the planted defects, and be right at least 95 % of the time for
/// every warning rule.
/// </summary>
public class LintPrecisionTests
{
    public static TheoryData<string> Units() => [.. UnitPaths()];

    private static IEnumerable<string> UnitPaths() => new[] { "lint-judged", "lint-planted" }
        .SelectMany(folder => Directory.GetFiles(TestPaths.TestFile(folder), "*.yaml").Order().Select(f => Path.Combine(folder, Path.GetFileName(f))));

    [Theory]
    [MemberData(nameof(Units))]
    public void LintGivesExactlyTheJudgedFindings(string unit)
    {
        var expected = File.ReadAllLines(Expected(unit)).Where(l => !l.StartsWith('#')).Select(l => l[..l.LastIndexOf(' ')]).ToList();
        Assert.Equal(expected, Findings(unit));
    }

    [Fact]
    public void RecallOfPlantedDefectsIsAtLeastNinetyPercent()
    {
        var units = Directory.GetFiles(TestPaths.TestFile("lint-planted"), "*.yaml").Select(f => Path.Combine("lint-planted", Path.GetFileName(f))).ToList();
        var planted = units.SelectMany(u => File.ReadAllLines(TestPaths.TestFile(Path.ChangeExtension(u, ".planted.txt"))).Where(l => !l.StartsWith('#')).Select(l => (Unit: u, Defect: l))).ToList();
        var found = planted.Count(p => Findings(p.Unit).Contains(p.Defect));
        Assert.True(planted.Count >= 30, $"{planted.Count} planted defects");
        Assert.True(found >= planted.Count * 0.9, $"found {found} of {planted.Count} planted defects");
    }

    [Fact]
    public void EveryWarningRuleIsRightAtLeastNinetyFivePercentOfTheTime()
    {
        var judged = UnitPaths().SelectMany(u => File.ReadAllLines(Expected(u)).Where(l => !l.StartsWith('#')))
            .Select(l => (Rule: l[..l.IndexOf(' ')], Correct: l.EndsWith(" correct", StringComparison.Ordinal), Judged: l.EndsWith(" correct", StringComparison.Ordinal) || l.EndsWith(" wrong", StringComparison.Ordinal)))
            .ToList();
        Assert.All(judged, j => Assert.True(j.Judged, "every finding carries a judgement"));
        foreach (var rule in judged.GroupBy(j => j.Rule).Where(g => DiagnosticCatalogSeverity(g.Key) == UnitCompiler.Diagnostics.DiagnosticSeverity.Warning))
        {
            var precision = rule.Count(j => j.Correct) / (double)rule.Count();
            Assert.True(precision >= 0.95, $"{rule.Key}: precision {precision:P0}");
        }
    }

    private static UnitCompiler.Diagnostics.DiagnosticSeverity DiagnosticCatalogSeverity(string id) => UnitCompiler.Diagnostics.DiagnosticCatalog.Find(id)!.DefaultSeverity;

    private static string Expected(string unit) => TestPaths.TestFile(Path.ChangeExtension(unit, ".expected.txt"));

    /// <summary>Each finding as "RULE criterion words", the words being those at its span.</summary>
    private static List<string> Findings(string unit)
    {
        var path = TestPaths.TestFile(unit);
        var lines = File.ReadAllLines(path);
        var read = InputLoader.LoadSpec(path);
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity >= UnitCompiler.Diagnostics.DiagnosticSeverity.Warning);
        return [.. Linter.Lint(read.Unit!, LintConfig.Default, path).Select(f =>
        {
            var l = f.Diagnostic.Location;
            var words = l.HasSpan && l.EndLine == l.Line ? lines[l.Line][l.Column..l.EndColumn] : lines[l.Line][l.Column..];
            return $"{f.Diagnostic.Id} {f.CriterionId ?? "-"} {words}";
        })];
    }
}
