using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// How the exact route solver's time grows with a qualification's optional units: four optional
/// groups of 10 to 40 credits each, 120 credits in all, 40 of them at level 4 or above, and a barred
/// pair in each of two groups (the shape of the 200-unit test), at 50, 100 and 200 units. Timed in
/// process and warm: the cheapest route by GLH (what the GLH rule needs) and one learner's choice
/// checked against the rules (what <c>unitc route</c> answers).
/// </summary>
public static class RouteBench
{
    public static int Run(TextWriter output, int runs = 5)
    {
        output.WriteLine($"Route questions by optional units (median of {runs} warm runs, in process; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        output.WriteLine();
        output.WriteLine("| optional units | cheapest route by GLH | check one choice |");
        output.WriteLine("|---:|---:|---:|");
        foreach (var size in new[] { 50, 100, 200 })
        {
            var problem = Problem(size);
            var solution = RouteSolver.Cheapest(problem, RouteCost.GuidedLearningHours); // warm-up: JIT
            var choice = solution.Route!.Units.Take(solution.Route.Units.Length - 1).ToList(); // one unit short: every rule's fixes are worked out
            RouteChecker.Check(problem, choice);
            var solve = Median(() => RouteSolver.Cheapest(problem, RouteCost.GuidedLearningHours));
            var check = Median(() => RouteChecker.Check(problem, choice));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {size} | {solve:0.0} ms | {check:0.0} ms |"));
        }

        return 0;

        double Median(Action action)
        {
            var times = new List<double>();
            for (var r = 0; r < runs; r++)
            {
                var clock = Stopwatch.StartNew();
                action();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return times[times.Count / 2];
        }
    }

    private static RouteProblem Problem(int size)
    {
        var units = Enumerable.Range(0, size).Select(i => new UnitFacts($"B/{i % 1000:000}/{i:0000}", "U" + i, 2 + (i % 4), 1 + (i % 9), 10 + (i * 37 % 60))).ToList();
        var perGroup = size / 4;
        var groups = Enumerable.Range(0, 4).Select(g => new OptionalGroup(((char)('A' + g)).ToString(), 10 + (g * 5), 40, null, null, [.. units.Skip(g * perGroup).Take(perGroup)])).ToImmutableArray();
        return new RouteProblem([], groups, 120, [new LevelRule(4, 40)], [(units[0].Ref, units[1].Ref), (units[perGroup + 10].Ref, units[perGroup + 11].Ref)]);
    }
}
