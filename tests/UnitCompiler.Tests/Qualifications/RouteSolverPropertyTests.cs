using System.Collections.Immutable;
using CsCheck;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Tests.Qualifications;

/// <summary>
/// The route solver against brute force on small random qualifications: every subset of the optional
/// units is tried, kept when the route checker finds no broken rule, and the cheapest kept is compared
/// with what the programme found. The checker and the programme are written apart, so each checks the other.
/// </summary>
public class RouteSolverPropertyTests
{
    private static readonly Gen<UnitFacts> Unit =
        from n in Gen.Int[0, 9999]
        from level in Gen.Int[1, 6]
        from credit in Gen.Int[1, 10]
        from glh in Gen.Int[5, 90]
        select new UnitFacts($"A/{n % 1000:000}/{n:0000}", "Unit " + n, level, credit, glh);

    private static readonly Gen<OptionalGroup> Group =
        from id in Gen.Char['A', 'F']
        from units in Unit.Array[1, 5]
        from minCredits in Gen.Int[0, 20].Nullable()
        from maxCredits in Gen.Int[0, 30].Nullable()
        from minUnits in Gen.Int[0, 3].Nullable()
        from maxUnits in Gen.Int[0, 4].Nullable()
        select new OptionalGroup(id.ToString(), minCredits, maxCredits, minUnits, maxUnits, [.. units]);

    private static readonly Gen<RouteProblem> Problem =
        from mandatory in Unit.Array[0, 3]
        from groups in Group.Array[0, 3]
        from minTotal in Gen.Int[0, 60].Nullable()
        from levelRule in Gen.Select(Gen.Int[2, 6], Gen.Int[1, 25]).Nullable()
        from bars in Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100]).Array[0, 3]
        select Build(mandatory, groups, minTotal, levelRule, bars);

    private static RouteProblem Build(UnitFacts[] mandatory, OptionalGroup[] groups, int? minTotal, (int, int)? levelRule, (int, int)[] bars)
    {
        // Refs unique across the qualification, as its checks require before routes are solved.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var m = mandatory.Where(u => seen.Add(u.Ref)).ToImmutableArray();
        var g = groups.Select(x => x with { Units = [.. x.Units.Where(u => seen.Add(u.Ref))] }).Where(x => x.Units.Length > 0).ToImmutableArray();
        var all = m.Concat(g.SelectMany(x => x.Units)).Select(u => u.Ref).ToList();
        var barred = all.Count < 2 ? [] : bars.Select(b => (all[b.Item1 % all.Count], all[b.Item2 % all.Count])).Where(b => b.Item1 != b.Item2).ToImmutableArray();
        ImmutableArray<LevelRule> levels = levelRule is { } r ? [new LevelRule(r.Item1, r.Item2)] : [];
        return new RouteProblem(m, g, minTotal, levels, barred);
    }

    private static (bool Exists, int Cost) BruteForce(RouteProblem p, RouteCost cost, bool withTotal)
    {
        var optional = p.Groups.SelectMany(g => g.Units).ToList();
        var problem = withTotal ? p : p with { MinCredits = null };
        var best = int.MaxValue;
        for (var mask = 0; mask < 1 << optional.Count; mask++)
        {
            var choice = p.Mandatory.Concat(optional.Where((_, i) => (mask & (1 << i)) != 0)).ToList();
            if (RouteChecker.Check(problem, [.. choice.Select(u => u.Ref)]).IsEmpty)
            {
                best = Math.Min(best, choice.Sum(u => cost == RouteCost.Credits ? u.Credit : u.GuidedLearningHours));
            }
        }

        return (best != int.MaxValue, best);
    }

    [Fact]
    public void TheProgrammeFindsTheCheapestValidRouteOrProvesThereIsNone() =>
        Gen.Select(Problem, Gen.Bool, Gen.Bool).Sample((problem, byCredits, withTotal) =>
        {
            var cost = byCredits ? RouteCost.Credits : RouteCost.GuidedLearningHours;
            var expected = BruteForce(problem, cost, withTotal);
            var actual = RouteSolver.Cheapest(problem, cost, withTotal);
            Assert.Equal(expected.Exists, actual.Exists);
            if (expected.Exists)
            {
                Assert.Equal(expected.Cost, actual.Cost);
                var route = Assert.IsType<Route>(actual.Route);
                Assert.Empty(RouteChecker.Check(withTotal ? problem : problem with { MinCredits = null }, route.Units));
                var facts = problem.Mandatory.Concat(problem.Groups.SelectMany(g => g.Units)).ToDictionary(u => u.Ref);
                Assert.Equal(actual.Cost, route.Units.Sum(r => byCredits ? facts[r].Credit : facts[r].GuidedLearningHours));
            }
        }, iter: 1500, print: p => $"{p}");

    [Fact]
    public void TwoHundredOptionalUnitsAreSolvedExactly()
    {
        var units = Enumerable.Range(0, 200).Select(i => new UnitFacts($"B/{i % 1000:000}/{i:0000}", "U" + i, 2 + i % 4, 1 + i % 9, 10 + (i * 37 % 60))).ToList();
        var groups = Enumerable.Range(0, 4).Select(g => new OptionalGroup(((char)('A' + g)).ToString(), 10 + g * 5, 40, null, null, [.. units.Skip(g * 50).Take(50)])).ToImmutableArray();
        var problem = new RouteProblem([], groups, 120, [new LevelRule(4, 40)], [(units[0].Ref, units[1].Ref), (units[60].Ref, units[61].Ref)]);

        var solution = RouteSolver.Cheapest(problem, RouteCost.GuidedLearningHours);

        Assert.True(solution.Exists);
        var route = Assert.IsType<Route>(solution.Route);
        Assert.Empty(RouteChecker.Check(problem, route.Units));
        Assert.Equal(solution.Cost, route.GuidedLearningHours);
        Assert.True(route.Credits >= 120);
    }
}
