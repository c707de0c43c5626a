using System.Text;
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
}
