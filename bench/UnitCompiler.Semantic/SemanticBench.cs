using System.Diagnostics;
using System.Globalization;
using Unitc.Semantic;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// The semantic rows of the comparison: sentence models (MiniLM, ArcticXs, both) alone and combined
/// with the lexical scores through <see cref="GuidanceAligner.Align(Unit, AlignerSettings, ITextEmbedder)"/>,
/// the code path src/Unitc.Semantic runs, one row per candidate. Each candidate's cut-offs and weight
/// are chosen by a grid search on the tuning half only (best sum of top-1, top-3 and general), its print
/// confidence as the lowest raw score at which the tuning half's printed alignments are ≥ 90 % right;
/// the rows are the <c>--half</c> asked for (test by default). The last row is
/// <see cref="AlignerSettings.Semantic"/> as shipped, at the shipped print confidence.
/// </summary>
public static class SemanticBench
{
    public static int Run(string root, string half, bool verbose, TextWriter output, bool shippedOnly = false, string? only = null, string folder = "alignment")
    {
        var set = AlignmentSet.Load(Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles", folder), Path.Combine(root, "seeds"));
        var texts = AllTexts(set);
        var (mini, miniCost) = Load("MiniLM", () => new MiniLmEmbedder(), texts, set, output);
        var (arctic, arcticCost) = Load("ArcticXs", () => new ArcticXsEmbedder(), texts, set, output);
        var both = new CachingEmbedder(new ConcatEmbedder(mini, arctic));
        output.WriteLine($"half: {half}; every candidate's settings chosen on the tuning half");
        output.WriteLine();
        output.WriteLine("| candidate | settings chosen on the tuning half | print confidence (raw) | top-1 | top-3 | general left general | general not printed under a criterion | printed correct | items printed |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");

        double[] alone = [1.0];
        double[] blended = [0.3, 0.4, 0.5, 0.6, 0.7];
        var plain = AlignerSettings.Semantic;
        var candidates = new List<(string Name, ITextEmbedder Embedder, double[] Weights, AlignerSettings Base, bool Decision)>
        {
            ("MiniLM alone", mini, alone, plain, false),
            ("ArcticXs alone", arctic, alone, plain, false),
            ("MiniLM + lexical (score fusion)", mini, blended, plain, false),
            ("ArcticXs + lexical (score fusion)", arctic, blended, plain, false),
            ("MiniLM and ArcticXs + lexical (score fusion)", both, blended, plain, false),
            ("MiniLM + lexical, reciprocal-rank fusion", mini, blended, plain with { Fusion = ScoreFusion.ReciprocalRank }, false),
            ("MiniLM + lexical, criterion with definitions and indicative content", mini, blended, plain with { EmbedContext = true }, false),
            ("MiniLM + lexical, items as max over sentences", mini, blended, plain with { ChunkItems = true }, false),
            ("MiniLM + lexical, general decision on best, margin, specific words, advice", mini, blended, plain, true),
            ("MiniLM and ArcticXs + lexical, general decision on best, margin, specific words, advice", both, blended, plain, true),
            ("MiniLM + lexical, max over sentences, criterion with context", mini, blended, plain with { ChunkItems = true, EmbedContext = true }, false),
            ("MiniLM + lexical, max over sentences, general decision", mini, blended, plain with { ChunkItems = true }, true),
            ("MiniLM and ArcticXs + lexical, max over sentences", both, blended, plain with { ChunkItems = true }, false),
            ("MiniLM and ArcticXs + lexical, max over sentences, general decision", both, blended, plain with { ChunkItems = true }, true),
            ("MiniLM + lexical, advice words the criteria use not counted", mini, blended, plain with { AdviceExceptUnitWords = true }, false),
        };

        foreach (var (name, embedder, weights, @base, decision) in shippedOnly ? [] : candidates.Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var tuned = Tune(set, embedder, weights, @base);
            if (decision)
            {
                tuned = TuneDecision(set, embedder, tuned);
            }

            var confidence = Confidence(set, embedder, tuned);
            Row(output, set, embedder, half, name, tuned, confidence);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as settings: {tuned} PrintAt {confidence}"));
        }

        Row(output, set, mini, half, "shipped: AlignerSettings.Semantic (scores calibrated)", AlignerSettings.Semantic, GuidanceAligner.PrintConfidence);
        if (verbose)
        {
            set.Evaluate(u => GuidanceAligner.Align(u, AlignerSettings.Semantic, mini), half == "both" ? "tuning" : half, GuidanceAligner.PrintConfidence, output.WriteLine);
        }

        var watch = Stopwatch.StartNew();
        foreach (var (_, _, unit) in set.Units)
        {
            GuidanceAligner.Align(unit, AlignerSettings.Semantic, mini);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alignment after embedding (shipped settings): {watch.Elapsed.TotalMilliseconds / set.Units.Count():0.0} ms per unit; embedding: MiniLM {miniCost}, ArcticXs {arcticCost}"));
        return 0;
    }

    /// <summary>Every text any candidate embeds: criteria with and without their context, items and their sentences.</summary>
    private static string[] AllTexts(AlignmentSet set) =>
        [.. set.Units.SelectMany(u => SemanticRanker.CriterionTexts(u.Unit, false).Concat(SemanticRanker.CriterionTexts(u.Unit, true)).Select(c => c.Text)
            .Concat(u.Unit.Guidance!.AllItems.Select(SemanticRanker.ItemText).SelectMany(SemanticRanker.Chunks))).Distinct()];

    /// <summary>
    /// Loads a model, times one batch per unit as <c>unitc-semantic</c> embeds it (criteria, items and
    /// their sentences; a batch is padded to its longest text), then embeds every text once so the
    /// grid search only recombines cosines.
    /// </summary>
    private static (CachingEmbedder Embedder, string Cost) Load(string name, Func<ITextEmbedder> create, string[] texts, AlignmentSet set, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var model = create();
        var load = watch.Elapsed;
        model.Embed(["warm-up"]);
        watch.Restart();
        foreach (var (_, _, unit) in set.Units)
        {
            model.Embed([.. SemanticRanker.CriterionTexts(unit).Select(c => c.Text), .. unit.Guidance!.AllItems.Select(SemanticRanker.ItemText).SelectMany(SemanticRanker.Chunks)]);
        }

        var perUnit = watch.Elapsed.TotalMilliseconds / set.Units.Count();
        var embedder = new CachingEmbedder(model);

        // In batches of like length: a batch is padded to its longest text, and the context texts are long.
        foreach (var batch in texts.OrderBy(t => t.Length).Chunk(16))
        {
            embedder.Embed(batch);
        }
        var cost = string.Create(CultureInfo.InvariantCulture, $"load {load.TotalSeconds:0.0} s, {perUnit:0} ms per unit");
        output.WriteLine($"{name}: {cost}");
        return (embedder, cost);
    }

    /// <summary>One row per half asked for (<c>both</c>: the tuning row, then the test row).</summary>
    private static void Row(TextWriter output, AlignmentSet set, ITextEmbedder embedder, string half, string name, AlignerSettings s, double confidence)
    {
        foreach (var h in half == "both" ? new[] { "tuning", "test" } : [half])
        {
            HalfRow(output, set, embedder, h, half == "both" ? $"{name} ({h})" : name, s, confidence);
        }
    }

    private static void HalfRow(TextWriter output, AlignmentSet set, ITextEmbedder embedder, string half, string name, AlignerSettings s, double confidence)
    {
        var m = set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), half, confidence);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.Method} w {s.SemanticWeight}, {s.Fusion}{(s.EmbedContext ? ", context" : "")}{(s.ChunkItems ? ", chunks" : "")}{(s.AdviceExceptUnitWords ? ", advice except unit words" : "")}; general under {s.Threshold:0.000} (advice {s.AdviceThreshold:0.000}), margin ×{s.MarginWeight}, specific ×{s.SpecificWeight}; relative {s.RelativeCut:0.0} | {confidence:0.00} | {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.GeneralUnprinted, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} |"));
    }

    private static double Objective(AlignmentMetrics m) => m.Top1Rate + m.Top3Rate + m.GeneralRate;

    private static AlignerSettings Tune(AlignmentSet set, ITextEmbedder embedder, double[] weights, AlignerSettings @base)
    {
        var best = (Score: -1.0, Settings: @base);
        foreach (var (w, method) in from w in weights from m in new[] { AlignmentMethod.Bm25, AlignmentMethod.Fused } select (w, m))
        {
            for (var step = 0; step <= 24; step++)
            {
                var t = step * 0.025;
                foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
                {
                    // Relative 0 lists the best three whatever their scores; printing is decided by the print confidence.
                    foreach (var r in new[] { 0.0, 0.5 })
                    {
                        var s = @base with { Method = method, Threshold = Math.Round(t, 3), AdviceThreshold = Math.Round(a, 3), RelativeCut = r, SemanticWeight = w, PrintAt = null };
                        var score = Objective(set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), "tuning", 1));
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

    /// <summary>The general-advice decision's feature weights, with its two thresholds searched again; the ranking as tuned.</summary>
    private static AlignerSettings TuneDecision(AlignmentSet set, ITextEmbedder embedder, AlignerSettings tuned)
    {
        var best = (Score: -1.0, Settings: tuned);
        foreach (var (margin, specific) in from m in new[] { 0.0, 0.5, 1.0, 2.0 } from s in new[] { 0.0, 0.1, 0.2, 0.3 } select (m, s))
        {
            for (var step = 0; step <= 32; step++)
            {
                var t = step * 0.025;
                foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
                {
                    var s = tuned with { Threshold = Math.Round(t, 3), AdviceThreshold = Math.Round(a, 3), MarginWeight = margin, SpecificWeight = specific };
                    var score = Objective(set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), "tuning", 1));
                    if (score > best.Score + 1e-9)
                    {
                        best = (score, s);
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
