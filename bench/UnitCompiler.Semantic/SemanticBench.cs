using System.Diagnostics;
using System.Globalization;
using Unitc.Semantic;
using UnitCompiler.Benchmarks;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// The semantic rows of the comparison: sentence models (MiniLM, ArcticXs, both) alone and combined
/// with the lexical scores through <see cref="GuidanceAligner.Align(Unit, AlignerSettings, ITextEmbedder)"/>,
/// the code path src/Unitc.Semantic runs, one row per candidate, and the third round's candidates (a
/// learned fusion with the cosine, a learned general decision, BM25F, the sibling bonus). Each
/// candidate's cut-offs and weights are chosen on the three-author tuning pool (best sum of top-1,
/// top-3 and general), its print confidence as the lowest raw score at which the pool's printed
/// alignments, and each author's, are ≥ 90 % right; the rows are the <c>--half</c> asked for (pool by
/// default, <c>both</c> adds the test half). The last row is <see cref="AlignerSettings.Semantic"/>
/// as shipped, at the shipped print confidence.
/// </summary>
public static class SemanticBench
{
    private const string ArcticPrefix = "Represent this sentence for searching relevant passages: ";

    public static int Run(string root, string half, bool verbose, TextWriter output, bool shippedOnly = false, string? only = null, string folder = "alignment", bool cost = false, bool miniOnly = false, string? explain = null, string? dump = null, bool loao = false)
    {
        var testFiles = Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles");

        // The labelled set: the tuning pool (tuning half + the former held-out set) and the test half; another set is measured as it is.
        var set = folder == "alignment" ? AlignmentSet.LoadPool(testFiles, Path.Combine(root, "seeds")) : AlignmentSet.Load(Path.Combine(testFiles, folder), Path.Combine(root, "seeds"));
        if (dump is not null)
        {
            // Criteria and items only, embedded unit by unit as unitc-semantic does (the cache keeps them).
            var model = new CachingEmbedder(() => new MiniLmEmbedder(), Path.Combine(Path.GetTempPath(), "unitc-align19g-MiniLM.vectors"));
            var raw = AlignerSettings.Semantic with { PrintAt = null, PrintOnLead = false, ScopeOut = false, GeneralModel = null, Threshold = 0, AdviceThreshold = 0, MarginWeight = 0, SpecificWeight = 0, SiblingBonus = 0, MaxCriteria = 100 };
            raw = Environment.GetEnvironmentVariable("UNITC_DUMP_FUSED") == "1" ? raw with { Method = AlignmentMethod.Fused } : raw;
            AlignmentDump.Write(set, u => GuidanceAligner.Align(u, raw, model), dump);
            return 0;
        }

        if (loao)
        {
            // The fourth round: which print confidence carries to an author it was not fitted on (as the lexical bench's --loao).
            var model = new CachingEmbedder(() => new MiniLmEmbedder(), Path.Combine(Path.GetTempPath(), "unitc-align19g-MiniLM.vectors"));
            PrintCalibration.Header(output);
            foreach (var (name, lead) in new[] { ("raw score", false), ("lead over the runner-up", true) })
            {
                foreach (var precision in new[] { 0.9, 0.95 })
                {
                    var s = AlignerSettings.Semantic with { PrintAt = null, PrintOnLead = lead };
                    PrintCalibration.Row(output, set, name, u => GuidanceAligner.Align(u, s, model), precision);
                }
            }

            // The fifth round's candidates: the general decision by thresholds or by the logistic model, with the out-of-scope phrases.
            var round5 = new List<(string Name, AlignerSettings Settings)>
            {
                ("the fourth round's (thresholds, no out-of-scope phrases)", AlignerSettings.Semantic with { PrintAt = null, ScopeOut = false, GeneralModel = null }),
                ("thresholds, out-of-scope phrases general", AlignerSettings.Semantic with { PrintAt = null, GeneralModel = null }),
                ("logistic general decision, out-of-scope phrases general", AlignerSettings.Semantic with { PrintAt = null, GeneralModel = GeneralModel.Semantic }),
            };
            foreach (var (name, s) in round5)
            {
                PrintCalibration.Row(output, set, "lead, " + name, u => GuidanceAligner.Align(u, s, model), 0.95);
            }

            output.WriteLine();
            output.WriteLine($"| candidate | settings | print confidence (raw lead) | pool top-1 | top-3 | general left general | general not printed under a criterion | printed correct | items printed | author A t1 / t3 / gen / printed | author B | author C | author D | author E | author F | author G |");
            output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|---|");
            foreach (var (name, s) in round5)
            {
                var at = PrintCalibration.FitPool(set, PrintCalibration.Once(u => GuidanceAligner.Align(u, s, model)), 0.95);
                Row(output, set, model, half == "both" ? "both" : Pool, name, s, at);
            }

            return 0;
        }

        var mini = Load("MiniLM", () => new MiniLmEmbedder(), set, output, cost);
        if (explain is not null)
        {
            // Every criterion's raw score and rank for the items containing the text, under the shipped settings.
            var raw = AlignerSettings.Semantic with { PrintAt = null, Threshold = 0, AdviceThreshold = 0, MarginWeight = 0, SpecificWeight = 0, MaxCriteria = 100 };
            foreach (var (_, _, unit) in set.Units)
            {
                foreach (var item in GuidanceAligner.Align(unit, raw, mini).Guidance!.AllItems.Where(i => i.Text.Value.Contains(explain, StringComparison.OrdinalIgnoreCase)))
                {
                    output.WriteLine(item.Text.Value);
                    output.WriteLine(string.Join(", ", item.Criteria.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.CriterionId} {c.Score:0.000} (as written {AlignerSettings.Semantic.Calibrate(c.Score):0.000})"))));
                }
            }

            return 0;
        }

        // ArcticXs costs minutes of a shared CPU to embed new texts: --minilm leaves it (and its rows) out.
        var arctic = miniOnly ? null : Load("ArcticXs", () => new ArcticXsEmbedder(), set, output, cost);
        ITextEmbedder? both = arctic is null ? null : new CachingEmbedder(new ConcatEmbedder(mini, arctic));
        output.WriteLine($"rows: {half}; every candidate's settings chosen on the tuning pool ({set.Count(Pool)} items; author A = tuning half, author B = heldout, author C = heldout2)");
        output.WriteLine();
        output.WriteLine($"| candidate | settings chosen on the pool | print confidence (raw) | {half} top-1 | top-3 | general left general | general not printed under a criterion | printed correct | items printed | author A t1 / t3 / gen / printed | author B t1 / t3 / gen / printed | author C t1 / t3 / gen / printed | author D t1 / t3 / gen / printed | author E | author F | author G |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|---|");

        double[] alone = [1.0];
        double[] blended = [0.3, 0.4, 0.5, 0.6, 0.7];
        // Every candidate starts from the previous round's shipped settings (MiniLM + the mean of BM25 and TF-IDF, weight 0.5).
        var previous = new AlignerSettings(AlignmentMethod.Fused, 0.225, 0.425, 0, 3, 0.9, 0.3) { SemanticWeight = 0.5, SpecificWeight = 0.2 };
        var plain = previous;
        var query = plain with { QueryPrefix = ArcticPrefix };
        var candidates = new List<(string Name, ITextEmbedder? Embedder, double[] Weights, AlignerSettings Base, bool Decision)>
        {
            ("MiniLM alone", mini, alone, plain, false),
            ("ArcticXs alone, query prefix", arctic, alone, query, false),
            ("MiniLM + lexical (score fusion)", mini, blended, plain, false),
            ("ArcticXs + lexical (score fusion)", arctic, blended, plain, false),
            ("ArcticXs with its query prefix + lexical (score fusion)", arctic, blended, query, false),
            ("MiniLM and ArcticXs + lexical (score fusion)", both, blended, plain, false),
            ("MiniLM + lexical, general decision on best, margin, specific words, advice", mini, blended, plain, true),
            ("MiniLM + lexical, outcome score", mini, blended, plain with { OutcomeWeight = 0.3 }, false),

            // The field weights the lexical bench chose for BM25F on the pool (alignment --fields).
            ("MiniLM + BM25F lexical (score fusion)", mini, blended, plain with { FieldWeights = [3, 4, 1, 1, 0] }, false),
        };

        foreach (var (name, candidate, weights, @base, decision) in shippedOnly ? [] : candidates.Where(c => c.Embedder is not null && (only is null || c.Name.Contains(only, StringComparison.Ordinal))))
        {
            var embedder = candidate!;
            var searched = Stopwatch.StartNew();
            var tuned = Tune(set, embedder, weights, @base);
            if (decision)
            {
                tuned = TuneDecision(set, embedder, tuned);
            }

            var confidence = Confidence(set, embedder, tuned);
            Row(output, set, embedder, half, name, tuned, confidence);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as settings: {tuned} PrintAt {confidence}; searched in {searched.Elapsed.TotalSeconds:0} s"));
        }

        foreach (var (name, run) in new (string Name, Func<AlignerSettings> Run)[]
        {
            ("MiniLM + lexical, shipped settings, print confidence calibrated on the pool and each author", () => AlignerSettings.Semantic with { PrintAt = null }),
            ("MiniLM + learned fusion (cosine with the lexical features)", () => Learn(set, mini, output)),
            ("MiniLM + lexical (shipped), sibling bonus", () => TuneSibling(set, mini, output)),
            ("MiniLM + lexical (shipped ranking), learned general decision with the cosine", () => LearnGeneral(set, mini, AlignerSettings.Semantic with { PrintAt = null }, output)),
            ("previous round's shipped (MiniLM + lexical, weight 0.5), print confidence calibrated on the pool and each author", () => previous),
            ("previous round's shipped, cut-offs retuned", () => TuneCuts(set, mini, previous, 0.025, 32)),
        }.Where(c => !shippedOnly && (only is null || c.Name.Contains(only, StringComparison.Ordinal))))
        {
            var searched = Stopwatch.StartNew();
            var tuned = run();
            var confidence = Confidence(set, mini, tuned);
            Row(output, set, mini, half, name, tuned, confidence);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  as settings: {tuned} weights [{string.Join(", ", tuned.LearnedWeights.IsDefaultOrEmpty ? [] : tuned.LearnedWeights.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))}] PrintAt {confidence}; searched in {searched.Elapsed.TotalSeconds:0} s"));
        }

        Row(output, set, mini, half, "shipped: AlignerSettings.Semantic (scores calibrated)", AlignerSettings.Semantic, GuidanceAligner.PrintConfidence);
        if (verbose)
        {
            set.Evaluate(u => GuidanceAligner.Align(u, AlignerSettings.Semantic, mini), half, GuidanceAligner.PrintConfidence, output.WriteLine);
        }

        var watch = Stopwatch.StartNew();
        foreach (var (_, _, unit) in set.Units)
        {
            GuidanceAligner.Align(unit, AlignerSettings.Semantic, mini);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alignment after embedding (shipped settings): {watch.Elapsed.TotalMilliseconds / set.Units.Count():0.0} ms per unit"));
        return 0;
    }

    private const string Pool = "pool";

    /// <summary>Every text any candidate embeds: criteria, items (also with the query prefix) and their sentences.</summary>
    private static string[] AllTexts(AlignmentSet set)
    {
        var items = set.Units.SelectMany(u => u.Unit.Guidance!.AllItems.Select(SemanticRanker.ItemText).SelectMany(SemanticRanker.Chunks)).ToList();
        return [.. set.Units.SelectMany(u => SemanticRanker.CriterionTexts(u.Unit, false).Select(c => c.Text)).Concat(items).Concat(items.Select(i => ArcticPrefix + i)).Distinct()];
    }

    /// <summary>
    /// A model behind a file cache under /tmp (vectors kept between runs: the model is CPU-heavy on a
    /// shared machine); with <paramref name="cost"/>, loads it and times one batch per unit as
    /// <c>unitc-semantic</c> embeds it. Then embeds every text not cached, in batches of like length.
    /// </summary>
    private static CachingEmbedder Load(string name, Func<ITextEmbedder> create, AlignmentSet set, TextWriter output, bool cost)
    {
        var embedder = new CachingEmbedder(create, Path.Combine(Path.GetTempPath(), $"unitc-align19g-{name}.vectors"));
        if (cost)
        {
            var watch = Stopwatch.StartNew();
            var model = embedder.Model;
            var load = watch.Elapsed;
            model.Embed(["warm-up"]);
            watch.Restart();
            foreach (var (_, _, unit) in set.Units)
            {
                model.Embed([.. SemanticRanker.CriterionTexts(unit).Select(c => c.Text), .. unit.Guidance!.AllItems.Select(SemanticRanker.ItemText)]);
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: load {load.TotalSeconds:0.0} s, {watch.Elapsed.TotalMilliseconds / set.Units.Count():0} ms per unit"));
        }

        foreach (var batch in AllTexts(set).OrderBy(t => t.Length).Chunk(16))
        {
            embedder.Embed(batch);
        }

        return embedder;
    }

    /// <summary>One row per half asked for (<c>both</c>: the tuning row, then the test row).</summary>
    private static void Row(TextWriter output, AlignmentSet set, ITextEmbedder embedder, string half, string name, AlignerSettings s, double confidence)
    {
        foreach (var h in half == "both" ? new[] { Pool, "test" } : [half])
        {
            HalfRow(output, set, embedder, h, half == "both" ? $"{name} ({h})" : name, s, confidence);
        }
    }

    private static void HalfRow(TextWriter output, AlignmentSet set, ITextEmbedder embedder, string half, string name, AlignerSettings s, double confidence)
    {
        var m = set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), half, confidence);
        string Part(string h)
        {
            var p = set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), h, confidence);
            return string.Create(CultureInfo.InvariantCulture, $"{100.0 * p.Top1Rate:0} / {100.0 * p.Top3Rate:0} / {100.0 * p.GeneralRate:0} / {(p.Printed == 0 ? "-" : $"{100.0 * p.PrintedPrecision:0} ({p.Printed})")}");
        }

        var parts = half == Pool ? $" {Part("tuning")} | {Part("heldout")} | {Part("heldout2")} | {Part("heldout3")} | {Part("heldout4")} | {Part("heldout5")} | {Part("heldout6")} |" : " | | | | | | |";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.Method} (k1 {s.K1}, b {s.B}) w {s.SemanticWeight}, {s.Fusion}{(s.QueryPrefix is null ? "" : ", query prefix")}{(s.OutcomeWeight != 0 ? $", outcome {s.OutcomeWeight}" : "")}{(s.EmbedContext ? ", context" : "")}{(s.ChunkItems ? ", chunks" : "")}{(s.AdviceExceptUnitWords ? ", advice except unit words" : "")}{(s.FieldWeights.IsDefaultOrEmpty ? "" : $", fields [{string.Join(", ", s.FieldWeights)}]")}{(s.SiblingBonus != 0 ? $", sibling {s.SiblingBonus}" : "")}; general under {s.Threshold:0.000} (advice {s.AdviceThreshold:0.000}), margin ×{s.MarginWeight}, specific ×{s.SpecificWeight}; relative {s.RelativeCut:0.0} | {confidence:0.00} | {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.GeneralUnprinted, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} |{parts}"));
    }

    private static double Objective(AlignmentMetrics m) => m.Top1Rate + m.Top3Rate + m.GeneralRate;

    /// <summary>
    /// The learned fusion: the L2 penalty chosen by leave-one-unit-out cross-validation on the pool (each
    /// unit ranked with weights fitted on the other units; top-1 + top-3, nothing made general), then
    /// fitted on the whole pool, then its cut-offs and specific-word weight searched like every candidate's.
    /// </summary>
    private static AlignerSettings Learn(AlignmentSet set, ITextEmbedder embedder, TextWriter output)
    {
        var start = AlignerSettings.Semantic with
        {
            Method = AlignmentMethod.Bm25, K1 = 2, B = 0.5, Fusion = ScoreFusion.Learned, Threshold = 0, AdviceThreshold = 0, MarginWeight = 0, SpecificWeight = 0, PrintAt = null,
            LearnedWeights = [.. new double[LearnedFusion.FeatureCount + 1]],
        };
        var features = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => u.Name, u => GuidanceAligner.FusionFeatures(u.Unit, start, embedder));
        var rows = set.Labelled(Pool).Select(l => (l.UnitName, Rows: features[l.UnitName](l.Item).Select(f => (f.Features, Y: l.Expected.Contains(f.Id))).ToList())).ToList();
        var names = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => (object)u.Unit, u => u.Name, ReferenceEqualityComparer.Instance);
        foreach (var (name, weighted) in new[] { ("previous round's weighted fusion", new AlignerSettings(AlignmentMethod.Fused, 0, 0, 0, 3, 0.9, 0.3) { SemanticWeight = 0.5 }), ("shipped weighted fusion", AlignerSettings.Semantic with { Threshold = 0, AdviceThreshold = 0, MarginWeight = 0, SpecificWeight = 0 }) })
        {
            AlignmentMetrics Ranked(string half) => set.Evaluate(u => GuidanceAligner.Align(u, weighted, embedder), half, 1);
            var (m, a, b, c) = (Ranked(Pool), Ranked("tuning"), Ranked("heldout"), Ranked("heldout2"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}, ranking alone (nothing made general): pool top-1 {m.Top1Rate:P1}, top-3 {m.Top3Rate:P1}; A {a.Top1Rate:P0} / {a.Top3Rate:P0}; B {b.Top1Rate:P0} / {b.Top3Rate:P0}; C {c.Top1Rate:P0} / {c.Top3Rate:P0}"));
        }

        var best = (Score: -1.0, L2: 0.0);
        foreach (var l2 in new[] { 0.0, 0.001, 0.01 })
        {
            var folds = names.Values.ToDictionary(n => n, n => start with { LearnedWeights = LogisticFit.Fit([.. rows.Where(r => r.UnitName != n).SelectMany(r => r.Rows)], l2) });
            AlignmentMetrics Cv(string half) => set.Evaluate(u => GuidanceAligner.Align(u, folds[names[u]], embedder), half, 1);
            var (m, a, b, c) = (Cv(Pool), Cv("tuning"), Cv("heldout"), Cv("heldout2"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned fusion, L2 {l2}, leave-one-unit-out ranking: pool top-1 {m.Top1Rate:P1}, top-3 {m.Top3Rate:P1}; A {a.Top1Rate:P0} / {a.Top3Rate:P0}; B {b.Top1Rate:P0} / {b.Top3Rate:P0}; C {c.Top1Rate:P0} / {c.Top3Rate:P0}"));
            if (m.Top1Rate + m.Top3Rate > best.Score + 1e-9)
            {
                best = (m.Top1Rate + m.Top3Rate, l2);
            }
        }

        var weights = LogisticFit.Fit([.. rows.SelectMany(r => r.Rows)], best.L2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned fusion weights (L2 {best.L2}, whole pool): {string.Join(", ", weights.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))}"));
        return TuneCuts(set, embedder, start with { LearnedWeights = weights }, 0.025, 32);
    }

    /// <summary>
    /// The general decision as a logistic model of the lexical features (<see cref="GeneralDecision"/>) and
    /// the model's (best cosine, its margin over the second, best combined score): L2 and the probability
    /// cut chosen by leave-one-unit-out cross-validation on the pool (top-1 + top-3 + general, each unit
    /// decided with weights fitted on the other units), then fitted on the whole pool.
    /// </summary>
    private static AlignerSettings LearnGeneral(AlignmentSet set, ITextEmbedder embedder, AlignerSettings ranking, TextWriter output)
    {
        var features = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => u.Name, u => GuidanceAligner.GeneralFeatures(u.Unit, ranking, embedder));
        var rows = set.Labelled(Pool).Select(l => (l.UnitName, Row: (Features: features[l.UnitName](l.Item), Y: l.Expected.Length == 0))).ToList();
        var names = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => (object)u.Unit, u => u.Name, ReferenceEqualityComparer.Instance);
        var best = (Score: -1.0, L2: 0.0, Cut: 0.5);
        foreach (var l2 in new[] { 0.0, 0.001, 0.01 })
        {
            var weights = names.Values.ToDictionary(n => n, n => LogisticFit.Fit([.. rows.Where(r => r.UnitName != n).Select(r => r.Row)], l2));
            foreach (var cut in new[] { 0.2, 0.3, 0.4, 0.5, 0.6 })
            {
                AlignmentMetrics Cv(string half) => set.Evaluate(u => GuidanceAligner.Align(u, ranking with { GeneralWeights = weights[names[u]], GeneralCut = cut }, embedder), half, 1);
                var (m, a, b, c) = (Cv(Pool), Cv("tuning"), Cv("heldout"), Cv("heldout2"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned general decision, L2 {l2}, cut {cut}, leave-one-unit-out: pool {Short(m)}; A {Short(a)}; B {Short(b)}; C {Short(c)}"));
                if (Objective(m) > best.Score + 1e-9)
                {
                    best = (Objective(m), l2, cut);
                }
            }
        }

        var fitted = LogisticFit.Fit([.. rows.Select(r => r.Row)], best.L2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned general decision (L2 {best.L2}, cut {best.Cut}, whole pool): weights {string.Join(", ", fitted.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))}"));
        return ranking with { GeneralWeights = fitted, GeneralCut = best.Cut };
    }

    private static string Short(AlignmentMetrics m) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * m.Top1Rate:0} / {100.0 * m.Top3Rate:0} / {100.0 * m.GeneralRate:0}");

    /// <summary>The shipped blend with a sibling bonus on the runners-up (searched), its cut-offs kept: the bonus moves the list, not the scores.</summary>
    private static AlignerSettings TuneSibling(AlignmentSet set, ITextEmbedder embedder, TextWriter output)
    {
        var start = AlignerSettings.Semantic with { PrintAt = null };
        var best = (Score: Objective(set.Evaluate(u => GuidanceAligner.Align(u, start, embedder), Pool, 1)), Settings: start);
        foreach (var w in new[] { 0.01, 0.02, 0.05, 0.1, 0.2 })
        {
            var s = start with { SiblingBonus = w };
            AlignmentMetrics At(string half) => set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), half, 1);
            var (m, a, b, c) = (At(Pool), At("tuning"), At("heldout"), At("heldout2"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sibling bonus {w}: pool top-1 {m.Top1Rate:P1} top-3 {m.Top3Rate:P1}; A top-3 {a.Top3Rate:P0}; B {b.Top3Rate:P0}; C {c.Top3Rate:P0}"));
            if (Objective(m) > best.Score + 1e-9)
            {
                best = (Objective(m), s);
            }
        }

        return best.Settings;
    }

    /// <summary>The general thresholds (<paramref name="steps"/> of <paramref name="step"/>, advice offsets) and the specific-word weight, the ranking kept.</summary>
    private static AlignerSettings TuneCuts(AlignmentSet set, ITextEmbedder embedder, AlignerSettings start, double step, int steps)
    {
        var best = (Score: -1.0, Settings: start);
        foreach (var specific in new[] { 0.0, 0.1, 0.2, 0.3 })
        {
            for (var n = 0; n <= steps; n++)
            {
                var t = n * step;
                foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
                {
                    var s = start with { Threshold = Math.Round(t, 3), AdviceThreshold = Math.Round(a, 3), SpecificWeight = specific };
                    var score = Objective(set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), Pool, 1));
                    if (score > best.Score + 1e-9)
                    {
                        best = (score, s);
                    }
                }
            }
        }

        return best.Settings;
    }

    private static AlignerSettings Tune(AlignmentSet set, ITextEmbedder embedder, double[] weights, AlignerSettings @base)
    {
        var best = (Score: -1.0, Settings: @base);
        foreach (var (w, method, k1, b) in from w in weights from m in new[] { AlignmentMethod.Bm25, AlignmentMethod.Fused } from kb in new[] { (0.9, 0.3), (2.0, 0.5) } select (w, m, kb.Item1, kb.Item2))
        {
            for (var step = 0; step <= 20; step++)
            {
                var t = step * 0.025;
                foreach (var a in new[] { 0.0, 0.05, 0.1, 0.15, 0.2 }.Select(d => d == 0 ? 0 : t + d))
                {
                    // Relative 0 lists the best three whatever their scores; printing is decided by the print confidence.
                    foreach (var r in new[] { 0.0 })
                    {
                        var s = @base with { Method = method, K1 = k1, B = b, Threshold = Math.Round(t, 3), AdviceThreshold = Math.Round(a, 3), RelativeCut = r, SemanticWeight = w, PrintAt = null };
                        var score = Objective(set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), Pool, 1));
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
                    var score = Objective(set.Evaluate(u => GuidanceAligner.Align(u, s, embedder), Pool, 1));
                    if (score > best.Score + 1e-9)
                    {
                        best = (score, s);
                    }
                }
            }
        }

        return best.Settings;
    }

    /// <summary>
    /// The lowest raw score at which the pool's printed alignments are at least 90 % right, and each
    /// author's part's too (a confidence that holds only on the pool's larger parts is one author's calibration).
    /// </summary>
    private static double Confidence(AlignmentSet set, ITextEmbedder embedder, AlignerSettings settings)
    {
        for (var step = 0; step <= 100; step++)
        {
            var c = step / 100.0; // counted, not summed: 0.01 added 69 times is not 0.69
            if (new List<string> { Pool }.Concat(AlignmentSet.Authors).Select(h => set.Evaluate(u => GuidanceAligner.Align(u, settings, embedder), h, c)).All(m => m.Printed == 0 || m.PrintedPrecision >= 0.9))
            {
                return c;
            }
        }

        return 1;
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0}% ({n}/{d})");
}
