using System.Collections.Immutable;

namespace UnitCompiler.Qualifications;

/// <summary>
/// Answers the route questions of a qualification exactly: the cheapest valid route (fewest GLH, or
/// fewest credits), or that none exists. A dynamic programme runs over the optional units group by
/// group; its state is the credits and unit count taken in the current group (for the group's
/// bounds) and the qualification-wide counts the rules need (total credits, credits at or above each
/// rule's level), each capped where its rule is met, so the state stays small for any number of
/// units. Barred pairs are solved by trying each allowed in/out choice of the units they name.
/// </summary>
internal static class RouteSolver
{
    /// <summary>More units named in barred pairs than this would need too many branches to solve exactly.</summary>
    public const int MaxBarredUnits = 12;

    private const int Infinity = int.MaxValue;

    /// <summary>The outcome of a solve: the cheapest route and its cost, or neither when no route is valid.</summary>
    public sealed record Solution(bool Exists, int Cost, Route? Route, bool TooManyBarred);

    /// <param name="problem">The qualification's units and rules.</param>
    /// <param name="cost">What to minimise.</param>
    /// <param name="withTotal">False to leave the minimum total credit out (the group rules alone).</param>
    public static Solution Cheapest(RouteProblem problem, RouteCost cost, bool withTotal = true)
    {
        var mandatory = problem.Mandatory.Select(u => u.Ref).ToHashSet(StringComparer.Ordinal);
        var optional = problem.Groups.SelectMany(g => g.Units.Select(u => u.Ref)).ToHashSet(StringComparer.Ordinal);
        if (problem.Barred.Any(b => mandatory.Contains(b.First) && mandatory.Contains(b.Second)))
        {
            return new Solution(false, 0, null, false);
        }

        var bars = problem.Barred.Where(b => optional.Contains(b.First) || optional.Contains(b.Second)).ToList();
        if (bars.SelectMany(b => new[] { b.First, b.Second }).Where(optional.Contains).Distinct(StringComparer.Ordinal).Count() > MaxBarredUnits)
        {
            return new Solution(false, 0, null, true);
        }

        var modes = new Dictionary<string, Mode>(StringComparer.Ordinal);
        foreach (var (first, second) in bars)
        {
            // A bar against a mandatory unit leaves its partner out of every route.
            if (mandatory.Contains(first) || mandatory.Contains(second))
            {
                modes[mandatory.Contains(first) ? second : first] = Mode.Out;
            }
        }

        return Branch(problem, cost, withTotal, [.. bars.Where(b => !mandatory.Contains(b.First) && !mandatory.Contains(b.Second))], modes)
            ?? new Solution(false, 0, null, false);
    }

    /// <summary>
    /// Settles the bars one unit at a time: either the unit is left out (its bars are then met), or it
    /// is taken and every unit barred with it is left out. Every allowed choice falls in one branch.
    /// </summary>
    private static Solution? Branch(RouteProblem problem, RouteCost cost, bool withTotal, List<(string First, string Second)> open, Dictionary<string, Mode> modes)
    {
        var pending = open.Where(b => modes.GetValueOrDefault(b.First) != Mode.Out && modes.GetValueOrDefault(b.Second) != Mode.Out).ToList();
        if (pending.Count == 0)
        {
            var solution = new Programme(problem, cost, withTotal, modes).Solve();
            return solution.Exists ? solution : null;
        }

        var unit = pending[0].First;
        var without = new Dictionary<string, Mode>(modes, StringComparer.Ordinal) { [unit] = Mode.Out };
        var with = new Dictionary<string, Mode>(modes, StringComparer.Ordinal) { [unit] = Mode.In };
        foreach (var (first, second) in pending.Where(b => b.First == unit || b.Second == unit))
        {
            with[first == unit ? second : first] = Mode.Out;
        }

        var a = Branch(problem, cost, withTotal, pending, without);
        var b = with.Any(m => m.Value == Mode.In && modes.GetValueOrDefault(m.Key) == Mode.Out) ? null : Branch(problem, cost, withTotal, pending, with);
        return a is null ? b : b is null ? a : b.Cost < a.Cost ? b : a;
    }

    private enum Mode
    {
        Free,
        In,
        Out,
    }

    /// <summary>
    /// One run of the programme with some units forced in or out. Each group is first solved on its
    /// own (credits, unit count and level credits taken from it, with the cheapest way to each), then
    /// combined with the running qualification-wide state: the two tables stay small where one joint
    /// state would multiply their sizes.
    /// </summary>
    private sealed class Programme(RouteProblem problem, RouteCost cost, bool withTotal, Dictionary<string, Mode> modes)
    {
        /// <summary>The qualification-wide counts: total credits, then credits at or above each level rule's level.</summary>
        private readonly int[] _caps = [withTotal ? problem.MinCredits ?? 0 : 0, .. problem.LevelRules.Select(r => r.MinCredits)];

        public Solution Solve()
        {
            var wide = new Radix(_caps);
            var running = Filled(wide.Count);
            var start = wide.Encode(_caps.Select((_, d) => Math.Min(_caps[d], problem.Mandatory.Where(u => Counts(u, d)).Sum(u => u.Credit))).ToArray());
            running[start] = problem.Mandatory.Sum(Cost);

            var traces = new List<GroupTrace>(problem.Groups.Length);
            foreach (var group in problem.Groups)
            {
                var trace = SolveGroup(group);
                running = Combine(wide, running, trace);
                traces.Add(trace);
            }

            var goal = wide.Encode(_caps);
            if (running[goal] == Infinity)
            {
                return new Solution(false, 0, null, false);
            }

            var units = problem.Mandatory.Concat(TakenUnits(traces, goal)).DistinctBy(u => u.Ref, StringComparer.Ordinal).ToList();
            var route = new Route([.. units.Select(u => u.Ref)], units.Sum(u => u.Credit), units.Sum(u => u.GuidedLearningHours));
            return new Solution(true, running[goal], route, false);
        }

        private static int[] Filled(int length)
        {
            var a = new int[length];
            Array.Fill(a, Infinity);
            return a;
        }

        private int Cost(UnitFacts unit) => cost == RouteCost.Credits ? unit.Credit : unit.GuidedLearningHours;

        /// <summary>Whether a unit's credits count towards qualification-wide count <paramref name="d"/>.</summary>
        private bool Counts(UnitFacts unit, int d) => d == 0 || unit.Level >= problem.LevelRules[d - 1].Level;

        /// <summary>
        /// The group alone: for each (credits, units, level credits) taken from it, the cheapest way.
        /// Credits are exact up to the group's maximum; with no maximum, anything past what the rules
        /// need counts the same, so the count stops there.
        /// </summary>
        private GroupTrace SolveGroup(OptionalGroup group)
        {
            int[] caps =
            [
                group.MaxCredits ?? Math.Max(group.MinCredits ?? 0, _caps[0]),
                group.MaxUnits ?? group.MinUnits ?? 0,
                .. _caps.Skip(1),
            ];
            bool[] bounded = [group.MaxCredits is not null, group.MaxUnits is not null, .. _caps.Skip(1).Select(_ => false)];
            var local = new Radix(caps);
            var current = Filled(local.Count);
            current[0] = 0;
            var layers = new List<int[]>(group.Units.Length);
            var digits = new int[caps.Length];
            foreach (var unit in group.Units)
            {
                var mode = modes.GetValueOrDefault(unit.Ref, Mode.Free);
                var next = mode == Mode.In ? Filled(current.Length) : (int[])current.Clone();
                var from = new int[current.Length];
                Array.Fill(from, -1);
                if (mode != Mode.Out)
                {
                    for (var cell = 0; cell < current.Length; cell++)
                    {
                        if (current[cell] == Infinity)
                        {
                            continue;
                        }

                        local.Decode(cell, digits);
                        digits[0] += unit.Credit;
                        digits[1] += 1;
                        for (var d = 2; d < digits.Length; d++)
                        {
                            digits[d] += Counts(unit, d - 1) ? unit.Credit : 0;
                        }

                        if (!local.Clamp(digits, bounded))
                        {
                            continue;
                        }

                        var to = local.Encode(digits);
                        var value = current[cell] + Cost(unit);
                        if (value < next[to])
                        {
                            next[to] = value;
                            from[to] = cell;
                        }
                    }
                }

                layers.Add(from);
                current = next;
            }

            return new GroupTrace(group, local, current, layers);
        }

        /// <summary>The running qualification-wide table after adding each valid way through the group.</summary>
        private int[] Combine(Radix wide, int[] running, GroupTrace trace)
        {
            var result = Filled(wide.Count);
            var via = new (int Before, int Cell)[wide.Count];
            var local = new int[trace.Local.Caps.Length];
            var state = new int[wide.Caps.Length];
            var group = trace.Group;
            for (var cell = 0; cell < trace.Table.Length; cell++)
            {
                if (trace.Table[cell] == Infinity)
                {
                    continue;
                }

                trace.Local.Decode(cell, local);
                if (local[0] < (group.MinCredits ?? 0) || local[1] < (group.MinUnits ?? 0))
                {
                    continue;
                }

                for (var before = 0; before < running.Length; before++)
                {
                    if (running[before] == Infinity)
                    {
                        continue;
                    }

                    wide.Decode(before, state);
                    state[0] += local[0];
                    for (var d = 1; d < state.Length; d++)
                    {
                        state[d] += local[d + 1];
                    }

                    wide.Clamp(state, null);
                    var to = wide.Encode(state);
                    var value = running[before] + trace.Table[cell];
                    if (value < result[to])
                    {
                        result[to] = value;
                        via[to] = (before, cell);
                    }
                }
            }

            trace.Via = via;
            return result;
        }

        /// <summary>Walks the kept choices back from the goal: a unit is in the route where the cell it led to came from taking it.</summary>
        private static List<UnitFacts> TakenUnits(List<GroupTrace> traces, int goal)
        {
            var units = new List<UnitFacts>();
            var state = goal;
            for (var g = traces.Count - 1; g >= 0; g--)
            {
                var trace = traces[g];
                var (before, cell) = trace.Via![state];
                var taken = new List<UnitFacts>();
                for (var i = trace.Group.Units.Length - 1; i >= 0; i--)
                {
                    var from = trace.Layers[i][cell];
                    if (from >= 0)
                    {
                        taken.Add(trace.Group.Units[i]);
                        cell = from;
                    }
                }

                taken.Reverse();
                units.InsertRange(0, taken);
                state = before;
            }

            return units;
        }

    }

    /// <summary>A group's own table, the choices that built it, and (once combined) which entry each running state came through.</summary>
    private sealed class GroupTrace(OptionalGroup group, Radix local, int[] table, List<int[]> layers)
    {
        public OptionalGroup Group { get; } = group;

        public Radix Local { get; } = local;

        public int[] Table { get; } = table;

        public List<int[]> Layers { get; } = layers;

        public (int Before, int Cell)[]? Via { get; set; }
    }
}
