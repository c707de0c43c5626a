using System.Diagnostics;
using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Where rendering's time goes, in process: a folder of specs read once, then each stage of
/// rendering them (the template model, each document template, encoding) timed over all units,
/// several rounds, the fastest round kept. A sampling profile of the native binary shows Scriban's
/// interpreter as a flat spread of small functions; this says which templates and stages it is in.
/// </summary>
internal static class RenderSplit
{
    public static int Run(string folder, int rounds, TextWriter output)
    {
        var units = Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => SpecReader.Read(new SourceText(f, File.ReadAllText(f))).Unit)
            .OfType<Unit>()
            .ToList();
        var templates = ProjectTemplates.Load(null, new DiagnosticBag());
        var documents = templates.Documents.Where(d => BuildOptions.DefaultFormats.Contains(d.Format)).ToList();
        var best = new Dictionary<string, (double Cpu, double Allocated)>(StringComparer.Ordinal);
        for (var round = 0; round < rounds; round++)
        {
            var times = new Dictionary<string, (double Cpu, double Allocated)>(StringComparer.Ordinal);
            var clock = new CpuClock();
            var models = units.Select(u => TemplateModel.Build(u)).ToList();
            times["template model"] = Cpu(clock);
            foreach (var (document, format, name) in documents)
            {
                clock = new CpuClock();
                foreach (var model in models)
                {
                    TemplateRun.Render([(document, format, name)], templates, model, "bench", (d, f) => d, RenderLimits.Default, new DiagnosticBag());
                }

                times[name] = Cpu(clock);
            }

            clock = new CpuClock();
            foreach (var unit in units)
            {
                DocumentRenderer.Render(unit, templates, BuildOptions.DefaultFormats, new DiagnosticBag());
            }

            times["all (DocumentRenderer.Render)"] = Cpu(clock);
            foreach (var (key, value) in times)
            {
                best[key] = best.TryGetValue(key, out var b) ? (Math.Min(b.Cpu, value.Cpu), value.Allocated) : value;
            }
        }

        output.WriteLine($"{units.Count} units, least CPU time of {rounds} rounds (JIT, in process, one thread):");
        foreach (var (key, value) in best)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-32} {value.Cpu,9:0.0} ms  {1000 * value.Cpu / units.Count,7:0.0} us/unit  {value.Allocated / units.Count / 1024,7:0.0} KB/unit allocated"));
        }

        return 0;
    }

    /// <summary>CPU time, not wall time: the machine is shared, and a wall clock counts other processes' turns.</summary>
    private readonly struct CpuClock()
    {
        private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _allocated = GC.GetAllocatedBytesForCurrentThread();

        public double Allocated => GC.GetAllocatedBytesForCurrentThread() - _allocated;

        public double Elapsed => (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds;
    }

    private static (double Cpu, double Allocated) Cpu(CpuClock clock) => (clock.Elapsed, clock.Allocated);
}
