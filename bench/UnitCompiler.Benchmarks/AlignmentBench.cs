using System.Diagnostics;
using System.Globalization;
using UnitCompiler.Guidance;
using UnitCompiler.Tests.Guidance;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Compares the alignment methods on the labelled set (tests/UnitCompiler.Tests/TestFiles/alignment).
/// Cut-offs are chosen per method on the tuning half only (a grid search, <c>--sweep</c> prints it);
/// the figures printed are the test half's unless <c>--half tuning</c> is given (<c>--set FOLDER</c>
/// reads another labelled set of TestFiles, such as the held-out <c>alignment-heldout</c>). Top-1 and top-3 are
/// over items labelled with criteria, general over items labelled general, printed precision over
/// the alignments whose score reaches the print confidence.
/// </summary>
public static class AlignmentBench
{
    public static int Run(string root, TextWriter output, string[] args)
    {
        var half = Array.IndexOf(args, "--half") is var h and >= 0 ? args[h + 1] : "test";
        var verbose = args.Contains("--verbose");
        var sweep = args.Contains("--sweep");
        var shippedOnly = args.Contains("--shipped");
        // --set alignment-heldout --half heldout --shipped: the shipped aligner on a set nothing was tuned on.
        var folder = Array.IndexOf(args, "--set") is var f and >= 0 ? args[f + 1] : "alignment";
        var set = AlignmentSet.Load(Path.Combine(root, "tests", "UnitCompiler.Tests", "TestFiles", folder), Path.Combine(root, "seeds"));
        if (!shippedOnly && set.Count("tuning") == 0)
        {
            output.WriteLine($"{folder} has no tuning half to choose cut-offs on: add --shipped to measure the shipped aligner on it");
            return 2;
        }

        output.WriteLine($"Alignment on the {half} half ({set.Count(half)} items); cut-offs chosen on the tuning half ({set.Count("tuning")} items)");
        output.WriteLine();
        output.WriteLine("| method | settings (threshold, advice, relative; k1, b) | print confidence | top-1 | top-3 | general left general | general not printed under a criterion | printed correct | items printed | time per unit |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        var configurations = new List<(string Name, AlignerSettings Settings, double Confidence)>
        {
            ("TF-IDF (the old default, its own cut-offs)", AlignerSettings.Baseline, AlignerSettings.Baseline.Threshold),
        };
        foreach (var method in shippedOnly ? [] : new[] { AlignmentMethod.TfIdf, AlignmentMethod.Bm25Plain, AlignmentMethod.Bm25, AlignmentMethod.Fused })
        {
            var tuned = Tune(set, method, sweep ? output : null);
            configurations.Add(($"{Name(method)}, tuned", tuned, Confidence(set, tuned)));
        }

        if (!shippedOnly)
        {
            var tuned = Tune(set, AlignmentMethod.Bm25, sweep ? output : null, adviceExceptUnitWords: true);
            configurations.Add(("BM25 + definitions + thesaurus, advice words the criteria use not counted, tuned", tuned, Confidence(set, tuned)));
        }

        configurations.Add(("BM25 + definitions + thesaurus: the shipped default", AlignerSettings.Default, GuidanceAligner.PrintConfidence));

        foreach (var (name, settings, confidence) in configurations)
        {
            var m = set.Evaluate(settings, half, confidence, verbose ? output.WriteLine : null);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {settings.Threshold:0.00}, {settings.AdviceThreshold:0.00}, {settings.RelativeCut:0.00}; {settings.K1}, {settings.B} | {confidence:0.00} | {Pct(m.Top1, m.CriterionItems)} | {Pct(m.Top3, m.CriterionItems)} | {Pct(m.General, m.GeneralItems)} | {Pct(m.GeneralUnprinted, m.GeneralItems)} | {Pct(m.PrintedRight, m.Printed)} | {Pct(m.ItemsPrinted, m.CriterionItems + m.GeneralItems)} | {TimePerUnit(set, settings):0.00} ms |"));
        }

        return 0;
    }

    /// <summary>The grid point with the best sum of top-1, top-3 and general on the tuning half.</summary>
    private static AlignerSettings Tune(AlignmentSet set, AlignmentMethod method, TextWriter? log, bool adviceExceptUnitWords = false)
    {
        var best = (Score: -1.0, Settings: AlignerSettings.Baseline);
        double[] thresholds = method == AlignmentMethod.TfIdf ? [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2] : [0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1];
        foreach (var t in thresholds)
        {
            foreach (var a in new[] { 0.0, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4 }.Where(a => a == 0 || a > t))
            {
                // Relative 0 lists the best three whatever their scores; printing is decided by the print confidence.
                foreach (var (r, k1, b) in from r in new[] { 0.0, 0.5, 0.6, 0.7, 0.8 }
                                          from k1 in method == AlignmentMethod.TfIdf ? [1.2] : new[] { 0.9, 1.2, 1.6 }
                                          from b in method == AlignmentMethod.TfIdf ? [0.75] : new[] { 0.3, 0.5, 0.75 }
                                          select (r, k1, b))
                {
                    var s = new AlignerSettings(method, t, a, r, 3, k1, b) { AdviceExceptUnitWords = adviceExceptUnitWords };
                    var m = set.Evaluate(s, "tuning", 1);
                    var score = m.Top1Rate + m.Top3Rate + m.GeneralRate;
                    log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {method} t={t:0.00} a={a:0.00} r={r:0.0} k1={k1} b={b}: top1 {m.Top1Rate:P0} top3 {m.Top3Rate:P0} general {m.GeneralRate:P0}"));
                    if (score > best.Score + 1e-9)
                    {
                        best = (score, s);
                    }
                }
            }
        }

        return best.Settings;
    }

    /// <summary>The lowest print confidence at which the tuning half's printed alignments are at least 90 % right.</summary>
    private static double Confidence(AlignmentSet set, AlignerSettings settings)
    {
        for (var step = 0; step <= 100; step++)
        {
            var c = step / 100.0; // counted, not summed: 0.01 added 69 times is not 0.69
            var m = set.Evaluate(settings, "tuning", c);
            if (m.Printed == 0 || m.PrintedPrecision >= 0.9)
            {
                return c;
            }
        }

        return 1;
    }

    private static double TimePerUnit(AlignmentSet set, AlignerSettings settings)
    {
        var units = set.Units.Select(u => u.Unit).ToList();
        foreach (var u in units)
        {
            GuidanceAligner.Align(u, settings);
        }

        var watch = Stopwatch.StartNew();
        const int Rounds = 20;
        for (var i = 0; i < Rounds; i++)
        {
            foreach (var u in units)
            {
                GuidanceAligner.Align(u, settings);
            }
        }

        return watch.Elapsed.TotalMilliseconds / (Rounds * units.Count);
    }

    private static string Name(AlignmentMethod method) => method switch
    {
        AlignmentMethod.TfIdf => "TF-IDF",
        AlignmentMethod.Bm25Plain => "BM25 + definitions",
        AlignmentMethod.Bm25 => "BM25 + definitions + thesaurus",
        _ => "BM25 + definitions + thesaurus, fused with TF-IDF",
    };

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0}% ({n}/{d})");
}
