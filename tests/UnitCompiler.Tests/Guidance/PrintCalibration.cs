using System.Globalization;
using UnitCompiler.Model;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// The print confidence and how well it carries to an author it was not fitted on: the lowest written
/// score at which the printed alignments are at least a given share right on the pool and on each of
/// its authors' parts, and leave-one-author-out (fitted on the other authors, measured on the one left
/// out, for each of the pool's authors). Shared by the tests and the lexical and semantic benches (linked into bench/).
/// </summary>
internal static class PrintCalibration
{
    /// <summary>The lowest confidence (in steps of 0.001) at which every one of <paramref name="halves"/> prints at least <paramref name="precision"/> right, or prints nothing.</summary>
    internal static double Fit(AlignmentSet set, Func<Unit, Unit> align, IEnumerable<string> halves, double precision)
    {
        var parts = halves.ToList();
        for (var step = 1; step <= 1000; step++)
        {
            var c = step / 1000.0;
            if (parts.Select(h => set.Evaluate(align, h, c)).All(m => m.Printed == 0 || m.PrintedRight >= precision * m.Printed - 1e-9))
            {
                return c;
            }
        }

        return 1;
    }

    /// <summary>Fitted on the pool and on each author's part (what ships).</summary>
    internal static double FitPool(AlignmentSet set, Func<Unit, Unit> align, double precision) =>
        Fit(set, align, ["pool", .. AlignmentSet.Authors], precision);

    /// <summary>
    /// One cell per held-out author: the confidence fitted on the other three (their pool and each of
    /// them), then the held-out author's printed alignments right, and the share of its items printed.
    /// </summary>
    internal static List<(string Author, double Confidence, AlignmentMetrics Held)> LeaveOneAuthorOut(AlignmentSet set, Func<Unit, Unit> align, double precision) =>
        [.. AlignmentSet.Authors.Select(held =>
        {
            var c = Fit(set, align, ["pool-" + held, .. AlignmentSet.Authors.Where(a => a != held)], precision);
            return (held, c, set.Evaluate(align, held, c));
        })];

    /// <summary>Aligns each unit once, so a search over confidences reads the same alignments.</summary>
    internal static Func<Unit, Unit> Once(Func<Unit, Unit> align)
    {
        var cache = new Dictionary<Unit, Unit>(ReferenceEqualityComparer.Instance);
        return u => cache.TryGetValue(u, out var a) ? a : cache[u] = align(u);
    }

    /// <summary>One table row: leave-one-author-out for each author (printed right, items printed), the worst author, then the whole pool's fit.</summary>
    internal static void Row(TextWriter output, AlignmentSet set, string name, Func<Unit, Unit> align, double precision)
    {
        align = Once(align);
        var cells = LeaveOneAuthorOut(set, align, precision);
        var worst = cells.Where(c => c.Held.Printed > 0).Select(c => c.Held.PrintedPrecision).DefaultIfEmpty(1).Min();
        var all = FitPool(set, align, precision);
        var pool = set.Evaluate(align, "pool", all);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {precision:P1} | {string.Join(" | ", cells.Select(c => $"{Pct(c.Held.PrintedRight, c.Held.Printed)}, {Pct(c.Held.ItemsPrinted, c.Held.CriterionItems + c.Held.GeneralItems)} printed (at {c.Confidence:0.000})"))} | {100 * worst:0} % | {all:0.000}: {Pct(pool.PrintedRight, pool.Printed)}, {Pct(pool.ItemsPrinted, pool.CriterionItems + pool.GeneralItems)} printed |"));
    }

    internal static void Header(TextWriter output)
    {
        // One column per author of the pool, lettered A, B, ... in AlignmentSet.Authors' order.
        var held = string.Join(" | ", AlignmentSet.Authors.Select((_, i) => $"{(char)('A' + i)} held out"));
        output.WriteLine($"| confidence on | fitted to print right, on the training pool and each training author | {held} | worst held-out author | fitted on all {AlignmentSet.Authors.Count} authors: confidence, pool printed right, items printed |");
        output.WriteLine($"|---|---:|{string.Concat(AlignmentSet.Authors.Select(_ => "---|"))}---:|---|");
    }

    private static string Pct(int n, int d) => d == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / d:0} % ({n}/{d})");
}
