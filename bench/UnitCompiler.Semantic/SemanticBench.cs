using System.Diagnostics;
using System.Globalization;
using Unitc.Semantic;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// The semantic rows of the comparison: MiniLM sentence vectors alone (weight 1) and blended with the
/// shipped BM25 through <see cref="GuidanceAligner.Align(Unit, AlignerSettings, ITextEmbedder)"/>, the
/// code path src/Unitc.Semantic runs. Cut-offs and weight are chosen by a grid search on the tuning
/// half only (best sum of top-1, top-3 and general), the print confidence as the lowest raw score at
/// which the tuning half's printed alignments are ≥ 90 % right; the last row is
/// <see cref="AlignerSettings.Semantic"/> as shipped, at the shipped print confidence.
/// </summary>
public static class SemanticBench
{
    public static int Run(string root, string half, bool verbose, TextWriter output)
    {
        var set = AlignmentSet.Load(Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles", "alignment"), Path.Combine(root, "seeds"));
        var watch = Stopwatch.StartNew();
        using var model = new MiniLmEmbedder();
        var load = watch.Elapsed;
        var embedder = new CachingEmbedder(model);

        // Every text embedded once up front, timed: the grid search then only recombines cosines.
        var texts = set.Units.SelectMany(u => SemanticRanker.CriterionTexts(u.Unit).Select(c => c.Text).Concat(u.Unit.Guidance!.AllItems.Select(SemanticRanker.ItemText))).Distinct().ToArray();
        watch.Restart();
        embedder.Embed(texts);
        var perText = watch.Elapsed.TotalMilliseconds / texts.Length;
        var perUnit = set.Units.Average(u => SemanticRanker.CriterionTexts(u.Unit).Count + u.Unit.Guidance!.AllItems.Count()) * perText;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MiniLM: model load {load.TotalSeconds:0.0} s, {perText:0.0} ms per text embedded ({texts.Length} texts), about {perUnit:0} ms per unit (criteria and items); half: {half}"));
        output.WriteLine();
        output.WriteLine("| method | settings (threshold, advice, relative; weight) | print confidence (raw) | top-1 | top-3 | general | printed correct | items printed |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var weights in new[] { new[] { 1.0 }, new[] { 0.3, 0.4, 0.5, 0.6, 0.7 } })
        {
            var tuned = Tune(set, embedder, weights);
            var confidence = Confidence(set, embedder, tuned);
            Row(output, set, embedder, half, weights.Length == 1 ? "MiniLM alone" : "MiniLM blended with a lexical method, tuned", tuned, confidence);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  as settings: new(AlignmentMethod.{tuned.Method}, {tuned.Threshold}, {tuned.AdviceThreshold}, {tuned.RelativeCut}, 3, 0.9, 0.3) {{ SemanticWeight = {tuned.SemanticWeight}, PrintAt = {confidence} }}"));
        }

        Row(output, set, embedder, half, "MiniLM blended, shipped (AlignerSettings.Semantic, scores calibrated)", AlignerSettings.Semantic, GuidanceAligner.PrintConfidence);
        if (verbose)
        {
            set.Evaluate(u => GuidanceAligner.Align(u, AlignerSettings.Semantic, embedder), half, GuidanceAligner.PrintConfidence, output.WriteLine);
        }

        watch.Restart();
        foreach (var (_, _, unit) in set.Units)
        {
            GuidanceAligner.Align(unit, AlignerSettings.Semantic, embedder);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alignment after embedding: {watch.Elapsed.TotalMilliseconds / set.Units.Count():0.0} ms per unit"));
        return 0;
    }

    private static void Row(TextWriter output, AlignmentSet set, ITextEmbedder embedder, string half, string name, AlignerSettings settings, double confidence)
    {
        var m = set.Evaluate(u => GuidanceAligner.Align(u, settings, embedder), half, confidence);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {settings.Method}: {settings.Threshold:0.000}, {settings.AdviceThreshold:0.000}, {settings.RelativeCut:0.00}; {settings.SemanticWeight} | {confidence:0.00} | {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} |"));
    }

    private static AlignerSettings Tune(AlignmentSet set, ITextEmbedder embedder, double[] weights)
    {
        var best = (Score: -1.0, Settings: AlignerSettings.Semantic);
        foreach (var (w, method) in from w in weights from m in new[] { AlignmentMethod.Bm25, AlignmentMethod.Fused } select (w, m))
        {
            for (var t = 0.0; t <= 0.6; t += 0.025)
            {
                foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
                {
                    foreach (var r in new[] { 0.5, 0.7, 0.8, 0.9 })
                    {
                        var s = new AlignerSettings(method, Math.Round(t, 3), Math.Round(a, 3), r, 3, 0.9, 0.3) { SemanticWeight = w };
                        var m = set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), "tuning", 1);
                        var score = m.Top1Rate + m.Top3Rate + m.GeneralRate;
                        if (score > best.Score + 1e-9)
                        {
                            best = (score, s);
                        }
                    }
                }
            }
        }

        return best.Settings;
    }

    /// <summary>The lowest raw score at which the tuning half's printed alignments are at least 90 % right.</summary>
    private static double Confidence(AlignmentSet set, ITextEmbedder embedder, AlignerSettings settings)
    {
        for (var step = 0; step <= 100; step++)
        {
            var c = step / 100.0; // counted, not summed: 0.01 added 69 times is not 0.69
            var m = set.Evaluate(u => GuidanceAligner.Align(u, settings, embedder), "tuning", c);
            if (m.Printed == 0 || m.PrintedPrecision >= 0.9)
            {
                return c;
            }
        }

        return 1;
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0}% ({n}/{d})");
}
