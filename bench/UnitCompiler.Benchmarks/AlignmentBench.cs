using System.Diagnostics;
using System.Globalization;
using UnitCompiler.Guidance;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Compares the lexical alignment methods. Every choice (k1, b, cut-offs, the candidates' own weights,
/// the print confidence) is made on the tuning pool: the tuning half of TestFiles/alignment (author A)
/// and the whole of TestFiles/alignment-heldout (author B), alignment-heldout2 (author C) and
/// alignment-heldout3 (author D), alignment-heldout4 (E), alignment-heldout5 (F) and alignment-heldout6 (G), 975 items; each row shows the pool and its seven authors' parts
/// apart, since what fitted one author failed on another. <c>--fields</c> runs the third round's candidates (BM25F, the sibling bonus).
/// <c>--half test</c> adds the test half's row (measured once per finished candidate); <c>--set
/// FOLDER --half H --shipped</c> measures the shipped aligner on another labelled set; <c>--order</c>
/// reports whether the synopses follow the unit's criterion order; <c>--verbose</c> lists each item; <c>--loao</c> fits the
/// print confidence leave-one-author-out over the four authors; <c>--dump FILE</c> writes every item's raw scores.
/// </summary>
public static class AlignmentBench
{
    private const string Pool = "pool";

    public static int Run(string root, TextWriter output, string[] args)
    {
        var half = Array.IndexOf(args, "--half") is var h and >= 0 ? args[h + 1] : Pool;
        var verbose = args.Contains("--verbose");
        var testFiles = Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles");
        if (Array.IndexOf(args, "--set") is var f and >= 0)
        {
            // A set nothing was tuned on: the shipped aligner only.
            var other = AlignmentSet.Load(Path.Combine(testFiles, args[f + 1]), Path.Combine(root, "seeds"));
            Header(output, half);
            Row(output, other, "shipped default", AlignerSettings.Default, GuidanceAligner.PrintConfidence, half, verbose);
            return 0;
        }

        var set = AlignmentSet.LoadPool(testFiles, Path.Combine(root, "seeds"));
        if (Array.IndexOf(args, "--dump") is var d and >= 0)
        {
            var raw = AlignerSettings.Default with { PrintAt = null, PrintOnLead = false, ScopeOut = false, Threshold = 0, AdviceThreshold = 0, MarginWeight = 0, SpecificWeight = 0, MaxCriteria = 100 };
            raw = args.Contains("--fused") ? raw with { Method = AlignmentMethod.Fused } : raw;
            AlignmentDump.Write(set, u => GuidanceAligner.Align(u, raw), args[d + 1]);
            return 0;
        }

        if (args.Contains("--ranking"))
        {
            return Ranking(set, output);
        }

        if (args.Contains("--loao"))
        {
            return LeaveOneAuthorOut(set, output, args);
        }

        if (Array.IndexOf(args, "--explain") is var e and >= 0)
        {
            // Every criterion's raw score and rank for the items containing the text, under the shipped settings.
            foreach (var (_, _, unit) in set.Units)
            {
                var ranker = GuidanceAligner.Features(unit, AlignerSettings.Default);
                foreach (var item in unit.Guidance!.AllItems.Where(i => i.Text.Value.Contains(args[e + 1], StringComparison.OrdinalIgnoreCase)))
                {
                    var scored = ranker.Features(GuidanceAligner.Words(item)).Select(f => (f.Id, Score: f.Features[0])).OrderByDescending(f => f.Score).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
                    output.WriteLine(item.Text.Value);
                    output.WriteLine(string.Join(", ", scored.Select((f, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {f.Id} {f.Score:0.000} (as written {AlignerSettings.Default.Calibrate(f.Score):0.000})"))));
                }
            }

            return 0;
        }

        if (args.Contains("--order"))
        {
            return Order(set, output);
        }

        output.WriteLine($"Alignment; every choice made on the tuning pool ({set.Count(Pool)} items: tuning half {set.Count("tuning")}, author B {set.Count("heldout")}, author C {set.Count("heldout2")}, author D {set.Count("heldout3")}, author E {set.Count("heldout4")}, author F {set.Count("heldout5")}, author G {set.Count("heldout6")}); rows: {(half == "test" ? $"pool and test half ({set.Count("test")} items)" : "pool")}");
        output.WriteLine();
        Header(output, half);
        Row(output, set, "TF-IDF (the first default, its own cut-offs)", AlignerSettings.Baseline, AlignerSettings.Baseline.Threshold, half, false);
        Row(output, set, "shipped default", AlignerSettings.Default, GuidanceAligner.PrintConfidence, half, verbose);
        if (args.Contains("--shipped"))
        {
            return 0;
        }

        if (args.Contains("--explore"))
        {
            return Explore(set, output);
        }

        if (args.Contains("--fields"))
        {
            return Fields(set, output, half);
        }

        if (args.Contains("--general"))
        {
            var ranking = Tune(set, new AlignerSettings(AlignmentMethod.Bm25, 0, 0, 0));
            Emit(output, set, "BM25 + definitions + thesaurus + lemmas, tuned", ranking, half);
            Emit(output, set, "BM25 + thesaurus, learned general decision", LearnGeneral(set, ranking, output), half);
            return 0;
        }

        Emit(output, set, "TF-IDF, tuned", Tune(set, new AlignerSettings(AlignmentMethod.TfIdf, 0, 0, 0)), half);
        var plain = Tune(set, new AlignerSettings(AlignmentMethod.Bm25Plain, 0, 0, 0));
        Emit(output, set, "BM25 + definitions (no thesaurus), tuned", plain, half);
        var bm25 = Tune(set, new AlignerSettings(AlignmentMethod.Bm25, 0, 0, 0));
        Emit(output, set, "BM25 + definitions + thesaurus + lemmas, tuned", bm25, half);
        Emit(output, set, "the same, study-advice words not used", TuneCutoffs(set, bm25, advice: false), half);
        Emit(output, set, "the same, general decision with margin and specific-word weights", TuneDecision(set, bm25), half);
        Emit(output, set, "BM25 fused with TF-IDF, tuned", Tune(set, new AlignerSettings(AlignmentMethod.Fused, 0, 0, 0)), half);

        var pruned = Prune(set, bm25, output);
        Emit(output, set, "BM25 + thesaurus without the groups that hurt the pool, tuned", pruned, half);

        Emit(output, set, "pruned thesaurus, general decision with margin and specific-word weights", TuneDecision(set, pruned), half);
        var general = LearnGeneral(set, bm25, output);
        Emit(output, set, "BM25 + thesaurus, learned general decision", general, half);
        var learned = Learn(set, bm25, output);
        Emit(output, set, "learned logistic fusion of BM25, TF-IDF and outcome scores, tuned", learned, half);
        Emit(output, set, "the same, general decision with margin and specific-word weights", TuneDecision(set, learned), half);
        var outcome = TuneExtra(set, bm25, [0.1, 0.2, 0.3, 0.4, 0.5], (s, w) => s with { OutcomeWeight = w });
        Emit(output, set, "BM25 + thesaurus + outcome score, tuned", outcome, half);
        var order = TuneExtra(set, bm25, [0.02, 0.05, 0.08, 0.1, 0.15, 0.2], (s, w) => s with { OrderBonus = w });
        Emit(output, set, "BM25 + thesaurus + document-order prior, tuned", order, half);
        var both = TuneExtra(set, outcome, [0.02, 0.05, 0.08, 0.1, 0.15, 0.2], (s, w) => s with { OrderBonus = w });
        Emit(output, set, "BM25 + thesaurus + outcome score + order prior, tuned", both, half);

        // The order prior must degrade gracefully on a synopsis not written in the unit's order.
        foreach (var (name, s) in new[] { ("without the prior", outcome with { OrderBonus = 0 }), ("with the prior", both) })
        {
            var sums = Enumerable.Range(1, 5).Select(seed => set.Shuffled(seed).Evaluate(s, Pool, 1)).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"shuffled pool (5 shuffles), outcome score {name}: top-1 {sums.Average(m => m.Top1Rate):P1}, top-3 {sums.Average(m => m.Top3Rate):P1}, general {sums.Average(m => m.GeneralRate):P1}"));
        }

        return 0;
    }

    /// <summary>
    /// The fourth round's question: which print confidence carries to an author it was not fitted on.
    /// The shipped ranking and general decision, printed on the raw score or on the best criterion's lead
    /// over the runner-up, each fitted to print 90 % or 95 % right, leave-one-author-out.
    /// </summary>
    private static int LeaveOneAuthorOut(AlignmentSet set, TextWriter output, string[] args)
    {
        PrintCalibration.Header(output);
        foreach (var (name, lead) in new[] { ("raw score", false), ("lead over the runner-up", true) })
        {
            foreach (var precision in new[] { 0.9, 0.95 })
            {
                var s = AlignerSettings.Default with { PrintAt = null, PrintOnLead = lead };
                PrintCalibration.Row(output, set, name, u => GuidanceAligner.Align(u, s), precision);
            }
        }

        // The fifth round's candidates: the shipped decision and lead, listed in another ranking's order.
        var candidates = new List<(string Name, AlignerSettings Settings)>
        {
            ("the fourth round's (listed by BM25, no out-of-scope phrases)", AlignerSettings.Default with { PrintAt = null, ListBy = null, ScopeOut = false }),
            ("out-of-scope phrases general, listed by BM25", AlignerSettings.Default with { PrintAt = null, ListBy = null }),
            ("out-of-scope phrases general, listed by BM25 + TF-IDF (shipped)", AlignerSettings.Default with { PrintAt = null }),
        };
        foreach (var (name, s) in candidates)
        {
            PrintCalibration.Row(output, set, "lead, " + name, u => GuidanceAligner.Align(u, s), 0.95);
        }

        output.WriteLine();
        Header(output, args.Contains("--test") ? "test" : Pool);
        foreach (var (name, s) in candidates)
        {
            var at = PrintCalibration.FitPool(set, PrintCalibration.Once(u => GuidanceAligner.Align(u, s)), 0.95);
            Row(output, set, name, s, at, args.Contains("--test") ? "test" : Pool, false);
        }

        return 0;
    }

    /// <summary>
    /// The fifth round's ranking candidates with nothing made general: top-1 / top-3 for each of the six
    /// authors, so that a ranking is judged apart from the general decision.
    /// </summary>
    private static int Ranking(AlignmentSet set, TextWriter output)
    {
        var start = AlignerSettings.Default with { Threshold = 0, AdviceThreshold = 0, SpecificWeight = 0, MarginWeight = 0, ScopeOut = false, ListBy = null, PrintAt = null };
        var candidates = new List<(string Name, AlignerSettings Settings)>
        {
            ("BM25 (shipped)", start),
            ("TF-IDF", start with { Method = AlignmentMethod.TfIdf }),
            ("BM25 + TF-IDF (mean)", start with { Method = AlignmentMethod.Fused }),
            ("BM25 k1 1.2 b 0.75", start with { K1 = 1.2, B = 0.75 }),
            ("BM25 k1 0.9 b 0.3", start with { K1 = 0.9, B = 0.3 }),
            ("BM25F own 2, sub 1, outcome 1, definitions 1, indicative 1", start with { FieldWeights = [2, 1, 1, 1, 1] }),
            ("BM25F own 2, sub 1, outcome 1, definitions 1, indicative 0", start with { FieldWeights = [2, 1, 1, 1, 0] }),
            ("BM25F own 2, sub 1, outcome 0, definitions 1, indicative 1", start with { FieldWeights = [2, 1, 0, 1, 1] }),
            ("BM25F own 2, sub 1, outcome 1, definitions 0, indicative 1", start with { FieldWeights = [2, 1, 1, 0, 1] }),
            ("BM25F own 2, sub 1, outcome 0, definitions 0, indicative 0", start with { FieldWeights = [2, 1, 0, 0, 0] }),
            ("BM25F own 3, sub 4, outcome 1, definitions 1, indicative 0 (third round)", start with { FieldWeights = [3, 4, 1, 1, 0] }),
            ("BM25F own 2, sub 2, outcome 0.5, definitions 1, indicative 0.5", start with { FieldWeights = [2, 2, 0.5, 1, 0.5] }),
            ("BM25 + TF-IDF, BM25F own 2, sub 1, outcome 1, definitions 1, indicative 0", start with { Method = AlignmentMethod.Fused, FieldWeights = [2, 1, 1, 1, 0] }),
        };
        output.WriteLine("| ranking (nothing made general) | pool t1 / t3 | " + string.Join(" | ", AlignmentSet.Authors) + " |");
        foreach (var (name, s) in candidates)
        {
            string Cell(string h)
            {
                var m = set.Evaluate(s, h, 1);
                return string.Create(CultureInfo.InvariantCulture, $"{100.0 * m.Top1Rate:0.0} / {100.0 * m.Top3Rate:0.0}");
            }

            output.WriteLine($"| {name} | {Cell(Pool)} | {string.Join(" | ", AlignmentSet.Authors.Select(Cell))} |");
        }

        return 0;
    }

    /// <summary>
    /// This round's lexical candidates on the three-author pool: the shipped settings with their cut-offs
    /// retuned, field-weighted BM25 (BM25F: each field's weight by coordinate search on the ranking, then
    /// k1 and b, then the cut-offs), and the sibling bonus on the runners-up of each.
    /// </summary>
    private static int Fields(AlignmentSet set, TextWriter output, string half)
    {
        // Raw scores, so that each row's print confidence is its own calibration.
        var shipped = AlignerSettings.Default with { PrintAt = null };
        Emit(output, set, "shipped ranking and cut-offs, print confidence calibrated on the pool and each author", shipped, half);
        var retuned = TuneDecision(set, TuneCutoffs(set, shipped with { SpecificWeight = 0 }, advice: true));
        Emit(output, set, "shipped ranking, cut-offs and specific weight retuned on the 311-item pool", retuned, half);
        var fields = TuneFields(set, shipped, output);
        Emit(output, set, "BM25F (fields weighted), tuned", fields, half);
        foreach (var start in new[] { retuned, fields })
        {
            var sibling = TuneExtra(set, start, [0.02, 0.05, 0.1, 0.2, 0.5], (s, w) => s with { SiblingBonus = w });
            Emit(output, set, $"{(start == fields ? "BM25F" : "retuned")} + sibling bonus, tuned", sibling, half);
            foreach (var w in new[] { 0.05, 0.1, 0.2 })
            {
                var m = set.Evaluate(start with { SiblingBonus = w }, Pool, 1);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sibling bonus {w}: pool {Short(m)}; A {Short(set.Evaluate(start with { SiblingBonus = w }, "tuning", 1))}; B {Short(set.Evaluate(start with { SiblingBonus = w }, "heldout", 1))}; C {Short(set.Evaluate(start with { SiblingBonus = w }, "heldout2", 1))}"));
            }
        }

        return 0;
    }

    /// <summary>BM25F's field weights by coordinate search on the ranking alone (nothing made general), two passes, then k1 and b, then the cut-offs.</summary>
    private static AlignerSettings TuneFields(AlignmentSet set, AlignerSettings start, TextWriter output)
    {
        double Ranking(AlignerSettings s)
        {
            var m = set.Evaluate(s with { Threshold = 0, AdviceThreshold = 0, SpecificWeight = 0 }, Pool, 1);
            return m.Top1Rate + m.Top3Rate;
        }

        // Start where one bag of words stands: the own text twice, every other field once.
        var weights = new[] { 2.0, 1, 1, 1, 1 };
        var settings = start with { FieldWeights = [.. weights] };
        var best = Ranking(settings);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var f = 0; f < weights.Length; f++)
            {
                foreach (var v in new[] { 0.0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6 })
                {
                    var trial = (double[])weights.Clone();
                    trial[f] = v;
                    var score = Ranking(settings with { FieldWeights = [.. trial] });
                    if (score > best + 1e-9)
                    {
                        (best, weights) = (score, trial);
                    }
                }

                settings = settings with { FieldWeights = [.. weights] };
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BM25F pass {pass + 1}: weights {string.Join(", ", weights)}; top-1 + top-3 {best:0.000}"));
        }

        foreach (var (k1, b) in from k1 in new[] { 0.9, 1.2, 1.6, 2.0, 3.0 } from b in new[] { 0.1, 0.3, 0.5, 0.75 } select (k1, b))
        {
            var score = Ranking(settings with { K1 = k1, B = b });
            if (score > best + 1e-9)
            {
                (best, settings) = (score, settings with { K1 = k1, B = b });
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BM25F: k1 {settings.K1}, b {settings.B}; top-1 + top-3 {best:0.000}"));
        return TuneDecision(set, TuneCutoffs(set, settings with { SpecificWeight = 0 }, advice: true));
    }

    /// <summary>The ranking alone (nothing made general) under each order prior, on the pool and on shuffled copies.</summary>
    private static int Explore(AlignmentSet set, TextWriter output)
    {
        var start = new AlignerSettings(AlignmentMethod.Bm25, 0, 0, 0, 3, 2, 0.5);
        var shuffled = Enumerable.Range(1, 5).Select(set.Shuffled).ToList();
        foreach (var (bonus, window) in from w in new[] { 0, 1, 2, 3 } from b in new[] { 0.0, 0.02, 0.05, 0.1, 0.2 } select (b, w))
        {
            var s = start with { OrderBonus = bonus, OrderWindow = window };
            var (a, b2, sh) = (set.Evaluate(s, "tuning", 1), set.Evaluate(s, "heldout", 1), shuffled.Select(x => x.Evaluate(s, Pool, 1)).ToList());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"order bonus {bonus} window {window}: author A {Short(a)}; author B {Short(b2)}; shuffled pool top-1 {sh.Average(m => m.Top1Rate):P1} top-3 {sh.Average(m => m.Top3Rate):P1}"));
        }

        return 0;
    }

    private static void Header(TextWriter output, string half)
    {
        output.WriteLine($"| method | settings | print confidence (raw) | pool top-1 | pool top-3 | pool general | pool printed correct | pool items printed | author A (tuning half) t1 / t3 / gen / printed | author B (heldout) t1 / t3 / gen / printed | author C (heldout2) t1 / t3 / gen / printed | author D (heldout3) t1 / t3 / gen / printed | author E (heldout4) | author F (heldout5) | author G (heldout6) |{(half == "test" ? " test top-1 | test top-3 | test general | test general printed apart | test printed correct | test items printed |" : "")} time per unit |");
        output.WriteLine($"|---|---|---:|---:|---:|---:|---:|---:|---|---|---|---|---|---|---|{(half == "test" ? "---:|---:|---:|---:|---:|---:|" : "")}---:|");
    }

    /// <summary>A candidate at the print confidence chosen for it on the pool.</summary>
    private static void Emit(TextWriter output, AlignmentSet set, string name, AlignerSettings settings, string half) =>
        Row(output, set, name, settings, Confidence(set, settings), half, false);

    private static void Row(TextWriter output, AlignmentSet set, string name, AlignerSettings s, double confidence, string half, bool verbose)
    {
        var pool = set.Evaluate(s, half is "test" or Pool ? Pool : half, confidence, verbose && half != "test" ? output.WriteLine : null);
        var a = set.Evaluate(s, "tuning", confidence);
        var b = set.Evaluate(s, "heldout", confidence);
        var c = set.Evaluate(s, "heldout2", confidence);
        var d = set.Evaluate(s, "heldout3", confidence);
        var e = set.Evaluate(s, "heldout4", confidence);
        var f = set.Evaluate(s, "heldout5", confidence);
        var g = set.Evaluate(s, "heldout6", confidence);
        var test = half == "test" ? Cells(set.Evaluate(s, "test", confidence, verbose ? output.WriteLine : null)) : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Describe(s)} | {confidence:0.00} | {Pct(pool.Top1, pool.CriterionItems)} | {Pct(pool.Top3, pool.CriterionItems)} | {Pct(pool.General, pool.GeneralItems)} | {Pct(pool.PrintedRight, pool.Printed)} | {Pct(pool.ItemsPrinted, pool.CriterionItems + pool.GeneralItems)} | {Short(a)} | {Short(b)} | {Short(c)} | {Short(d)} | {Short(e)} | {Short(f)} | {Short(g)} |{test} {TimePerUnit(set, s):0.00} ms |"));
    }

    private static string Cells(AlignmentMetrics m) =>
        $" {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.GeneralUnprinted, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} |";

    private static string Short(AlignmentMetrics m) =>
        string.Create(CultureInfo.InvariantCulture, $"{100.0 * m.Top1Rate:0} / {100.0 * m.Top3Rate:0} / {100.0 * m.GeneralRate:0} / {(m.Printed == 0 ? "-" : $"{100.0 * m.PrintedPrecision:0} ({m.Printed})")}");

    private static string Describe(AlignerSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Method}; {(s.GeneralWeights.IsDefaultOrEmpty ? $"general under {s.Threshold:0.00} (advice {s.AdviceThreshold:0.00})" : $"general at p ≥ {s.GeneralCut} [{string.Join(", ", s.GeneralWeights.Select(w => w.ToString("0.00", CultureInfo.InvariantCulture)))}]")}; k1 {s.K1}, b {s.B}{(s.OutcomeWeight != 0 ? $"; outcome {s.OutcomeWeight}" : "")}{(s.OrderBonus != 0 ? $"; order {s.OrderBonus}" : "")}{(s.MarginWeight != 0 || s.SpecificWeight != 0 ? $"; margin ×{s.MarginWeight}, specific ×{s.SpecificWeight}" : "")}{(s.Synonyms is null ? "" : "; pruned thesaurus")}{(s.FieldWeights.IsDefaultOrEmpty ? "" : $"; fields [{string.Join(", ", s.FieldWeights)}]")}{(s.SiblingBonus != 0 ? $"; sibling {s.SiblingBonus}" : "")}{(s.ScopeOut ? "; out-of-scope phrases general" : "")}{(s.ListBy is { } by ? $"; listed by {by}" : "")}");

    private static double Objective(AlignmentMetrics m) => m.Top1Rate + m.Top3Rate + m.GeneralRate;

    /// <summary>k1 and b on the ranking alone (nothing made general), then the cut-offs.</summary>
    private static AlignerSettings Tune(AlignmentSet set, AlignerSettings start)
    {
        var best = (Score: -1.0, Settings: start);
        foreach (var (k1, b) in from k1 in new[] { 0.5, 0.9, 1.2, 1.6, 2.0 } from b in new[] { 0.1, 0.3, 0.5, 0.75, 0.9 } select (k1, b))
        {
            var s = start with { K1 = k1, B = b, Threshold = 0, AdviceThreshold = 0 };
            var m = set.Evaluate(s, Pool, 1);
            if (m.Top1Rate + m.Top3Rate > best.Score + 1e-9)
            {
                best = (m.Top1Rate + m.Top3Rate, s);
            }
        }

        return TuneCutoffs(set, best.Settings, advice: true);
    }

    /// <summary>The general threshold and (with <paramref name="advice"/>) the higher one for items that read as study advice.</summary>
    private static AlignerSettings TuneCutoffs(AlignmentSet set, AlignerSettings start, bool advice)
    {
        var best = (Score: -1.0, Settings: start);
        foreach (var t in new[] { 0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15 })
        {
            foreach (var a in (advice ? new[] { 0.0, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3 } : [0.0]).Where(a => a == 0 || a > t))
            {
                var s = start with { Threshold = t, AdviceThreshold = a };
                var score = Objective(set.Evaluate(s, Pool, 1));
                if (score > best.Score + 1e-9)
                {
                    best = (score, s);
                }
            }
        }

        return best.Settings;
    }

    /// <summary>One more weight, searched with the ranking's other settings kept, then the cut-offs again.</summary>
    private static AlignerSettings TuneExtra(AlignmentSet set, AlignerSettings start, double[] weights, Func<AlignerSettings, double, AlignerSettings> with)
    {
        var best = (Score: Objective(set.Evaluate(start, Pool, 1)), Settings: start);
        foreach (var w in weights)
        {
            var s = TuneCutoffs(set, with(start, w), advice: true);
            var score = Objective(set.Evaluate(s, Pool, 1));
            if (score > best.Score + 1e-9)
            {
                best = (score, s);
            }
        }

        return best.Settings;
    }

    private static AlignerSettings TuneDecision(AlignmentSet set, AlignerSettings start)
    {
        var best = (Score: Objective(set.Evaluate(start, Pool, 1)), Settings: start);
        foreach (var (margin, specific) in from m in new[] { 0.0, 0.5, 1.0, 2.0 } from s in new[] { 0.0, 0.05, 0.1, 0.2 } where m != 0 || s != 0 select (m, s))
        {
            var s = TuneCutoffs(set, start with { MarginWeight = margin, SpecificWeight = specific }, advice: true);
            var score = Objective(set.Evaluate(s, Pool, 1));
            if (score > best.Score + 1e-9)
            {
                best = (score, s);
            }
        }

        return best.Settings;
    }

    /// <summary>
    /// Leave each thesaurus group out in turn: a group goes when the pool is better without it and
    /// neither author's part is worse (what helped only the author who wrote the list stays out of the
    /// question only if it does not hurt the other). Prints every group that moved anything.
    /// </summary>
    private static AlignerSettings Prune(AlignmentSet set, AlignerSettings settings, TextWriter output)
    {
        var lines = EmbeddedData.Lines("thesaurus.txt").Where(l => l.Trim().Length > 0 && l.Trim()[0] != '#').ToList();
        double Part(AlignerSettings s, string half) => Objective(set.Evaluate(s, half, 1));
        var (pool, a, b, c) = (Part(settings, Pool), Part(settings, "tuning"), Part(settings, "heldout"), Part(settings, "heldout2"));
        var dropped = new List<string>();
        output.WriteLine("thesaurus groups, left out one at a time (change in top-1 + top-3 + general, pool / author A / author B / author C):");
        foreach (var line in lines)
        {
            var s = settings with { Synonyms = Thesaurus.Parse(lines.Where(l => l != line)) };
            var (dp, da, db, dc) = (Part(s, Pool) - pool, Part(s, "tuning") - a, Part(s, "heldout") - b, Part(s, "heldout2") - c);
            var drop = dp > 1e-9 && da >= -1e-9 && db >= -1e-9 && dc >= -1e-9;
            if (Math.Abs(dp) + Math.Abs(da) + Math.Abs(db) + Math.Abs(dc) > 1e-9)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(drop ? "DROP" : "keep")} {dp:+0.000;-0.000} / {da:+0.000;-0.000} / {db:+0.000;-0.000} / {dc:+0.000;-0.000}: {line.Trim()}"));
            }

            if (drop)
            {
                dropped.Add(line);
            }
        }

        var pruned = settings with { Synonyms = Thesaurus.Parse(lines.Except(dropped)) };
        output.WriteLine($"dropped {dropped.Count} of {lines.Count} groups");
        output.WriteLine();
        return Tune(set, pruned);
    }

    /// <summary>
    /// The learned ranker: its L2 penalty picked by leave-one-unit-out cross-validation on the pool
    /// (each unit aligned with weights fitted on the others; top-1 + top-3, nothing made general),
    /// then fitted on the whole pool and its cut-offs tuned there like every other candidate's.
    /// </summary>
    private static AlignerSettings Learn(AlignmentSet set, AlignerSettings bm25, TextWriter output)
    {
        var start = bm25 with { Method = AlignmentMethod.Learned, Threshold = 0, AdviceThreshold = 0 };
        var rows = set.Labelled(Pool).Select(l => (l.UnitName, Rows: GuidanceAligner.Features(l.Unit, start).Features(GuidanceAligner.Words(l.Item))
            .Select(f => (f.Features, Y: l.Expected.Contains(f.Id))).ToList())).ToList();
        var names = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => (object)u.Unit, u => u.Name, ReferenceEqualityComparer.Instance);
        var best = (Score: -1.0, L2: 0.0);
        foreach (var l2 in new[] { 0.0, 0.001, 0.01, 0.1 })
        {
            var folds = names.Values.ToDictionary(n => n, n => start with { LearnedWeights = Fit([.. rows.Where(r => r.UnitName != n).SelectMany(r => r.Rows)], l2) });
            var m = set.Evaluate(u => GuidanceAligner.Align(u, folds[names[u]]), Pool, 1);
            var a = set.Evaluate(u => GuidanceAligner.Align(u, folds[names[u]]), "tuning", 1);
            var b = set.Evaluate(u => GuidanceAligner.Align(u, folds[names[u]]), "heldout", 1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned ranker, L2 {l2}, leave-one-unit-out: pool top-1 {m.Top1Rate:P0}, top-3 {m.Top3Rate:P0}; author A {Short(a)}; author B {Short(b)}"));
            if (m.Top1Rate + m.Top3Rate > best.Score + 1e-9)
            {
                best = (m.Top1Rate + m.Top3Rate, l2);
            }
        }

        var weights = Fit([.. rows.SelectMany(r => r.Rows)], best.L2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned ranker weights (L2 {best.L2}, whole pool): {string.Join(", ", weights.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))}"));
        return TuneCutoffs(set, start with { LearnedWeights = weights }, advice: true);
    }

    /// <summary>
    /// The general decision as a logistic model of the item's features (<see cref="GeneralDecision"/>):
    /// its L2 penalty and probability cut picked by leave-one-unit-out cross-validation on the pool (each
    /// unit decided with weights fitted on the others; top-1 + top-3 + general), then fitted on the whole pool.
    /// </summary>
    private static AlignerSettings LearnGeneral(AlignmentSet set, AlignerSettings ranking, TextWriter output)
    {
        var start = ranking with { Threshold = 0, AdviceThreshold = 0 };
        var rows = set.Labelled(Pool).Select(l => (l.UnitName, Row: (Features: GuidanceAligner.GeneralFeatures(l.Unit, start, l.Item), Y: l.Expected.Length == 0))).ToList();
        var names = set.Units.Where(u => AlignmentSet.InHalf(u.Half, Pool)).ToDictionary(u => (object)u.Unit, u => u.Name, ReferenceEqualityComparer.Instance);
        var best = (Score: -1.0, L2: 0.0, Cut: 0.5);
        foreach (var l2 in new[] { 0.0, 0.001, 0.01, 0.1 })
        {
            var weights = names.Values.ToDictionary(n => n, n => Fit([.. rows.Where(r => r.UnitName != n).Select(r => r.Row)], l2));
            foreach (var cut in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 })
            {
                AlignmentMetrics Cv(string half) => set.Evaluate(u => GuidanceAligner.Align(u, start with { GeneralWeights = weights[names[u]], GeneralCut = cut }), half, 1);
                var (m, a, b) = (Cv(Pool), Cv("tuning"), Cv("heldout"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned general decision, L2 {l2}, cut {cut}, leave-one-unit-out: pool {Short(m)}; author A {Short(a)}; author B {Short(b)}"));
                if (Objective(m) > best.Score + 1e-9)
                {
                    best = (Objective(m), l2, cut);
                }
            }
        }

        var fitted = Fit([.. rows.Select(r => r.Row)], best.L2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"learned general decision (L2 {best.L2}, cut {best.Cut}, whole pool): weights {string.Join(", ", fitted.Select(w => w.ToString("0.000", CultureInfo.InvariantCulture)))}"));
        return start with { GeneralWeights = fitted, GeneralCut = best.Cut };
    }

    private static System.Collections.Immutable.ImmutableArray<double> Fit(List<(double[] Features, bool Y)> rows, double l2) => LogisticFit.Fit(rows, l2);

    /// <summary>
    /// The lowest score at which the pool's printed alignments are at least 90 % right, and each author's
    /// part's too (a confidence that holds only on the pool's larger parts is one author's calibration).
    /// </summary>
    private static double Confidence(AlignmentSet set, AlignerSettings settings)
    {
        for (var step = 0; step <= 100; step++)
        {
            var c = step / 100.0; // counted, not summed: 0.01 added 69 times is not 0.69
            if (new List<string> { Pool }.Concat(AlignmentSet.Authors).Select(h => set.Evaluate(settings, h, c)).All(m => m.Printed == 0 || m.PrintedPrecision >= 0.9))
            {
                return c;
            }
        }

        return 1;
    }

    /// <summary>Whether each synopsis section follows the unit's criterion order, the seed's first.</summary>
    private static int Order(AlignmentSet set, TextWriter output)
    {
        output.WriteLine("| unit | section | consecutive labelled pairs in unit order |");
        output.WriteLine("|---|---|---:|");
        var rows = set.DocumentOrder(Pool).OrderBy(r => r.Unit != "seed").ToList(); // the pool only: the test half's labels choose nothing
        foreach (var (unit, section, inOrder, pairs) in rows)
        {
            output.WriteLine($"| {unit} | {section} | {Pct(inOrder, pairs)} |");
        }

        foreach (var (name, units) in new[] { ("seed", rows.Where(r => r.Unit == "seed")), ("author A (tuning half)", rows.Where(r => set.Units.Any(u => u.Name == r.Unit && u.Half == "tuning"))), ("author B (heldout)", rows.Where(r => set.Units.Any(u => u.Name == r.Unit && u.Half == "heldout"))) })
        {
            output.WriteLine($"{name}: {Pct(units.Sum(r => r.InOrder), units.Sum(r => r.Pairs))} of consecutive pairs in unit order");
        }

        return 0;
    }

    private static double TimePerUnit(AlignmentSet set, AlignerSettings settings)
    {
        var units = set.Units.Select(u => u.Unit).ToList();
        foreach (var u in units)
        {
            GuidanceAligner.Align(u, settings);
        }

        var watch = Stopwatch.StartNew();
        const int Rounds = 5;
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var u in units)
            {
                GuidanceAligner.Align(u, settings);
            }
        }

        return watch.Elapsed.TotalMilliseconds / (Rounds * units.Count);
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0}% ({n}/{d})");
}
