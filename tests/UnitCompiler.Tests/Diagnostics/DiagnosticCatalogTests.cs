using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Tests.Diagnostics;

public class DiagnosticCatalogTests
{
    [Fact]
    public void IdsAreUniqueWellFormedAndInTheirStageRange()
    {
        var all = DiagnosticCatalog.All;
        Assert.Equal(all.Length, all.Select(d => d.Id).Distinct().Count());
        foreach (var d in all)
        {
            Assert.Matches(@"^UNITC\d{4}$", d.Id);
            var n = int.Parse(d.Id[5..]);
            var (low, high) = d.Stage switch
            {
                DiagnosticStage.Input => (1, 99),
                DiagnosticStage.Import => (100, 199),
                DiagnosticStage.Spec => (200, 299),
                DiagnosticStage.Render => (300, 399),
                DiagnosticStage.Guidance => (400, 499),
                DiagnosticStage.Qualification => (500, 599),
                DiagnosticStage.Change => (600, 699),
                DiagnosticStage.Exchange => (700, 799),
                _ => (1000, 1999),
            };
            Assert.InRange(n, low, high);
            Assert.False(string.IsNullOrWhiteSpace(d.Help), d.Id + " has no help text");
        }
    }

    /// <summary>docs/diagnostics.md is generated from the catalogue; regenerate with UNITC_UPDATE_GOLDEN=1.</summary>
    [Fact]
    public void EveryIdIsDocumented()
    {
        var doc = new StringBuilder("# unitc diagnostics\n\nEvery diagnostic unitc reports, by id. Ids are stable: they are never renumbered or reused.\n")
            .Append("Printed as `path(line,col): severity ID: message`. Generated from `DiagnosticCatalog` by the tests.\n");
        foreach (var group in DiagnosticCatalog.All.GroupBy(d => d.Stage))
        {
            doc.Append($"\n## {group.Key}\n\n| id | severity | title | what to do |\n|---|---|---|---|\n");
            foreach (var d in group)
            {
                doc.Append($"| {d.Id} | {Diagnostic.SeverityWord(d.DefaultSeverity)} | {d.Title} | {d.Help.Replace("|", "\\|").Replace("\n", " ")} |\n");
            }
        }

        Golden.AssertMatches(Path.Combine("..", "..", "docs", "diagnostics.md"), doc.ToString());
    }

    /// <summary>
    /// Each descriptor names the test that raises it (<c>// unit test: Class.Method</c>), and that
    /// test exists: a comment naming a test that was renamed or never written is caught here.
    /// </summary>
    [Fact]
    public void EveryDescriptorNamesATestThatExists()
    {
        var tests = typeof(DiagnosticCatalogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>().Any())
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "UnitCompiler", "Diagnostics");
        var named = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "DiagnosticCatalog*.cs"))
        {
            var source = File.ReadAllText(file);
            foreach (Match m in Regex.Matches(source, @"// unit test: (?<tests>[^\n]+)\n\s*public static readonly DiagnosticDescriptor \w+ = Define\(\s*""(?<id>UNITC\d{4})"""))
            {
                named.Add(m.Groups["id"].Value);
                foreach (var test in Regex.Replace(m.Groups["tests"].Value, @"\s*\([^)]*\)", string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    Assert.True(tests.Contains(test), $"{m.Groups["id"].Value} names {test}, which is not a test");
                }
            }
        }

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }
}
