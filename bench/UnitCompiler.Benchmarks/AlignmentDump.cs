using System.Globalization;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Every labelled item of the pool and the test half with every criterion's raw score (nothing made
/// general, nothing cut) and the general decision's features, one tab-separated line each: what the
/// leave-one-author-out analyses read, so a rule can be explored without re-running a model.
/// </summary>
public static class AlignmentDump
{
    /// <param name="align">Aligns a unit with every criterion listed at its raw score.</param>
    internal static void Write(AlignmentSet set, Func<Unit, Unit> align, string file)
    {
        using var writer = new StreamWriter(file);
        writer.WriteLine("half\tunit\tsection\tindex\texpected\twords\tadvice\tspecific\tshared\tfirst\tscores\ttext");
        foreach (var (name, half, unit) in set.Units)
        {
            var aligned = align(unit).Guidance!;
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in unit.Outcomes.SelectMany(o => o.Criteria))
            {
                foreach (var w in TextAnalyzer.Terms(c.Text.Value).Concat(c.Items.SelectMany(i => TextAnalyzer.Terms(i.Text.Value))).Distinct(StringComparer.Ordinal))
                {
                    uses[w] = uses.GetValueOrDefault(w) + 1;
                }
            }

            var vocabulary = CriterionDocuments.Build(unit, full: true).SelectMany(d => d.Words).ToHashSet(StringComparer.Ordinal);
            foreach (var (_, _, item, expected) in set.Labelled(half).Where(l => l.UnitName == name))
            {
                var query = GuidanceAligner.Words(item).Distinct(StringComparer.Ordinal).ToList();
                var scored = FindAligned(aligned, item).Criteria;
                var first = item.Text.Value.TrimStart('*', ' ').Split(' ', 2)[0].ToLowerInvariant();
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{half}\t{name}\t{SectionOf(unit.Guidance!, item)}\t0\t{(expected.Length == 0 ? "general" : string.Join(",", expected))}\t{query.Count}\t{(StudyAdvice.IsAdvice(query) ? 1 : 0)}\t{(query.Count == 0 ? 0 : (double)query.Count(w => uses.GetValueOrDefault(w) is > 0 and <= 2) / query.Count):0.000}\t{(query.Count == 0 ? 0 : (double)query.Count(vocabulary.Contains) / query.Count):0.000}\t{first}\t{string.Join(";", scored.Select(c => $"{c.CriterionId}:{c.Score:0.000}"))}\t{item.Text.Value.ReplaceLineEndings(" ").Replace('\t', ' ')}"));
            }
        }
    }

    private static GuidanceItem FindAligned(StudyGuidance aligned, GuidanceItem item) =>
        aligned.AllItems.First(i => i.Text.Value == item.Text.Value && i.Title?.Value == item.Title?.Value);

    private static string SectionOf(StudyGuidance g, GuidanceItem item) =>
        g.KeyConcepts.Contains(item) ? "key_concepts" : g.ExamTips.Contains(item) ? "exam_tips" : g.Misconceptions.Contains(item) ? "misconceptions" : "marking_points";
}
