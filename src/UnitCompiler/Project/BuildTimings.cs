using System.Collections.Concurrent;
using System.Diagnostics;

namespace UnitCompiler.Project;

/// <summary>
/// Where a build's time goes, phase by phase, when UNITC_TIMINGS=1 is set: the profile behind the
/// Performance figures (a sampling profiler attributes little of an AOT binary's short run). Off,
/// each mark is one static read. Phases run in parallel (the units) add up the time of every thread.
/// </summary>
public static class BuildTimings
{
    private static readonly ConcurrentDictionary<string, long> s_ticks = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> s_order = new();
    private static long s_last = Stopwatch.GetTimestamp();

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("UNITC_TIMINGS") == "1";

    /// <summary>Charges the time since the previous mark (on any thread) to <paramref name="phase"/>: for the serial parts of a build.</summary>
    public static void Mark(string phase)
    {
        if (Enabled)
        {
            var now = Stopwatch.GetTimestamp();
            Add(phase, now - Interlocked.Exchange(ref s_last, now));
        }
    }

    /// <summary>A timestamp to pass to <see cref="Since"/>, for the parts that run on several threads at once.</summary>
    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Charges the time since <paramref name="start"/> to <paramref name="phase"/> and returns now, for the next phase.</summary>
    public static long Since(long start, string phase)
    {
        if (!Enabled)
        {
            return 0;
        }

        var now = Stopwatch.GetTimestamp();
        Add(phase, now - start);
        return now;
    }

    /// <summary>One line per phase, in the order first seen: "phase 1.23 ms", then the garbage collector's work; nothing unless UNITC_TIMINGS=1.</summary>
    public static IEnumerable<string> Report() => !Enabled ? [] :
        s_order.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p,-24} {Stopwatch.GetElapsedTime(0, s_ticks[p]).TotalMilliseconds,8:F2} ms"))
            .Append(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{"garbage collections",-24} {GC.CollectionCount(0)} (gen 1: {GC.CollectionCount(1)}, gen 2: {GC.CollectionCount(2)}), {GC.GetTotalAllocatedBytes() / 1048576.0:F1} MB allocated, {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms paused"));

    private static void Add(string phase, long ticks)
    {
        if (s_ticks.TryAdd(phase, 0))
        {
            s_order.Enqueue(phase);
        }

        s_ticks.AddOrUpdate(phase, ticks, (_, t) => t + ticks);
    }
}
