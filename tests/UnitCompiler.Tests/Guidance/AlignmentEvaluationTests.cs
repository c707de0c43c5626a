using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using Xunit.Abstractions;

namespace UnitCompiler.Tests.Guidance;

/// <summary>How often the aligner puts a right criterion in its top three, on hand-labelled items (TestFiles/alignment).</summary>
public class AlignmentEvaluationTests(ITestOutputHelper output)
{
    private static Unit Aligned(string unitPath, string synopsisPath)
    {
        var bag = new DiagnosticBag();
        var unit = UnitImporter.ImportFile(unitPath).Unit!;
        return GuidanceImporter.AddFile(unit, synopsisPath, bag)!;
    }

    private static IReadOnlyList<GuidanceItem> Section(StudyGuidance g, string name) => name switch
    {
        "key_concepts" => g.KeyConcepts,
        "exam_tips" => g.ExamTips,
        "misconceptions" => g.Misconceptions,
        _ => g.MarkingPoints,
    };

    [Fact]
    public void TopThreeAccuracyIsAtLeastEightyPercent()
    {
        var units = new Dictionary<string, Unit>
        {
            ["seed"] = Aligned(TestPaths.Seed("000_49d6381e8fb9538e.txt"), TestPaths.Seed("001_6bf64370099197f3.txt")),
            ["medicines"] = Aligned(TestPaths.TestFile("alignment", "unit-medicines.txt"), TestPaths.TestFile("alignment", "synopsis-medicines.txt")),
        };
        var rows = File.ReadAllLines(TestPaths.TestFile("alignment", "labels.tsv")).Skip(1).Select(l => l.Split('\t')).Where(r => units.ContainsKey(r[0])).ToList();
        Assert.True(rows.Count >= 25);

        var hits = new Dictionary<string, (int Hit, int Total)>();
        foreach (var row in rows)
        {
            var (unit, section, index, expected) = (row[0], row[1], int.Parse(row[2]), row[3]);
            var item = Section(units[unit].Guidance!, section)[index];
            var got = item.Criteria.Select(c => c.CriterionId).Take(3).ToList();
            var hit = expected == "general" ? got.Count == 0 : expected.Split(',').Any(got.Contains);
            var (h, t) = hits.GetValueOrDefault(unit);
            hits[unit] = (h + (hit ? 1 : 0), t + 1);
            output.WriteLine($"{(hit ? "hit " : "MISS")} {unit} {section}[{index}] expected {expected}, got {string.Join(",", got)}");
        }

        foreach (var (unit, (h, t)) in hits)
        {
            output.WriteLine($"{unit}: {h}/{t} = {100.0 * h / t:0}%");
        }

        var totalHits = hits.Values.Sum(v => v.Hit);
        var total = hits.Values.Sum(v => v.Total);
        output.WriteLine($"overall: {totalHits}/{total} = {100.0 * totalHits / total:0}%");
        Assert.True(totalHits >= 0.8 * total, $"top-three accuracy {totalHits}/{total} is under 80%");
    }
}
