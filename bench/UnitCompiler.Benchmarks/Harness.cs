using System.Globalization;
using System.Text;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// The timed harness behind the README's figures: runs the published unitc binary as a user would,
/// several times each, measurements of one comparison interleaved so they see the same machine
/// load, and prints medians with the peak memory of every run and the load average around them.
/// </summary>
public sealed class Harness(HarnessOptions options, TextWriter log)
{
    private readonly List<ResultRow> _rows = [];

    public int Run()
    {
        if (!File.Exists(options.Binary))
        {
            log.WriteLine($"no unitc binary at {options.Binary}: run 'dotnet publish src/Unitc -c Release -r linux-x64' first, or pass --binary");
            return 2;
        }

        var vocabulary = SeedVocabulary.Load(options.SeedSpec);
        DeleteFolder(SetAsideFolder); // left by a run that was stopped
        log.WriteLine($"binary {options.Binary}; {options.Runs} runs each (at most 3 at 10,000 units); {Environment.ProcessorCount} cores; work folder {options.WorkFolder}");
        var failed = false;
        if (options.Sections.Contains("cold"))
        {
            failed |= !ColdSingleUnit();
        }

        foreach (var size in options.Sizes.Where(_ => options.Sections.Contains("catalogue")))
        {
            failed |= !Catalogue(vocabulary, size);
        }

        if (options.Sections.Contains("size"))
        {
            failed |= !UnitSize(vocabulary);
        }

        if (options.Sections.Contains("route"))
        {
            failed |= !Route();
        }

        foreach (var size in options.Sizes.Where(_ => options.Sections.Contains("diff")))
        {
            failed |= !Diff(vocabulary, size);
        }

        foreach (var size in options.Sizes.Where(_ => options.Sections.Contains("export")))
        {
            failed |= !Export(vocabulary, size);
        }

        log.WriteLine();
        log.Write(ResultRow.Table(_rows));
        DeleteFolder(SetAsideFolder);
        return failed ? 1 : 0;
    }

    private bool ColdSingleUnit()
    {
        var folder = Path.Combine(options.WorkFolder, "one");
        Directory.CreateDirectory(Path.Combine(folder, "spec"));
        var spec = Path.Combine(folder, "spec", Path.GetFileName(options.SeedSpec));
        File.Copy(options.SeedSpec, spec, overwrite: true);
        var page = Path.Combine("out", Path.GetFileNameWithoutExtension(spec), "learner-workbook.md");
        var html = Path.Combine(folder, "pandoc.html");
        var load = LoadAverage.Read();

        // Side by side: each round runs unitc then pandoc, so a burst of load hits both alike.
        var builds = new List<ProcessRun>();
        var pandocs = new List<ProcessRun>();
        for (var r = -1; r < options.Runs * 2; r++)
        {
            SetAside(Path.Combine(folder, "out"));
            var build = ProcessRunner.Run(folder, options.Binary, "build");
            if (build.ExitCode != 0 || !build.Error.Contains("7 document(s) written", StringComparison.Ordinal))
            {
                return Fail("cold build of one unit", build);
            }

            var pandoc = ProcessRunner.Run(folder, options.Pandoc, "-s", page, "-o", html);
            if (pandoc.ExitCode != 0)
            {
                return Fail("pandoc", pandoc);
            }

            if (r >= 0)
            {
                builds.Add(build);
                pandocs.Add(pandoc);
            }
        }

        load = load.Span(LoadAverage.Read());
        var pandocMs = Median(pandocs);
        _rows.Add(new ResultRow("pandoc -s one page (.md to .html)", 1, pandocMs, MedianCpu(pandocs), MaxPeak(pandocs), load, ""));
        _rows.Add(new ResultRow("cold build, one unit, 7 files", 1, Median(builds), MedianCpu(builds), MaxPeak(builds), load, Target(Median(builds) <= pandocMs / 4 && MaxPeak(builds) < 100 * 1024, $"<= {pandocMs / 4:0} ms (a quarter of pandoc), < 100 MB")));
        return true;
    }

    private bool Catalogue(SeedVocabulary vocabulary, int size)
    {
        var folder = Path.Combine(options.WorkFolder, $"catalogue-{size}");
        var specs = EnsureCatalogue(vocabulary, folder, size, 1.0);
        var runs = size >= 10_000 ? Math.Min(options.Runs, 3) : options.Runs;
        var cold = new List<ProcessRun>();
        var rebuild = new List<ProcessRun>();
        var lint = new List<ProcessRun>();
        var load = LoadAverage.Read();
        for (var r = 0; r < runs; r++)
        {
            SetAside(Path.Combine(folder, "out"));
            var build = ProcessRunner.Run(folder, options.Binary, "build");
            if (build.ExitCode != 0 || !build.Error.Contains($"{size * 7} document(s) written", StringComparison.Ordinal))
            {
                return Fail($"build of {size} units", build);
            }

            var again = ProcessRunner.Run(folder, options.Binary, "build");
            if (again.ExitCode != 0 || !again.Error.Contains(" 0 document(s) written", StringComparison.Ordinal))
            {
                return Fail($"unchanged rebuild of {size} units", again);
            }

            var linted = ProcessRunner.Run(folder, options.Binary, "lint", specs);
            if (linted.ExitCode is not (0 or 1))
            {
                return Fail($"lint of {size} units", linted);
            }

            cold.Add(build);
            rebuild.Add(again);
            lint.Add(linted);
        }

        load = load.Span(LoadAverage.Read());
        var thousand = size == 1_000;
        _rows.Add(new ResultRow("catalogue build (cold: empty out/)", size, Median(cold), MedianCpu(cold), MaxPeak(cold), load, thousand ? Target(Median(cold) <= 1_500, "<= 1.5 s") : ""));
        _rows.Add(new ResultRow("catalogue rebuild, nothing changed", size, Median(rebuild), MedianCpu(rebuild), MaxPeak(rebuild), load, thousand ? Target(Median(rebuild) <= 200, "<= 0.2 s") : ""));
        _rows.Add(new ResultRow("catalogue lint", size, Median(lint), MedianCpu(lint), MaxPeak(lint), load, thousand ? Target(Median(lint) <= 1_000, "<= 1 s") : ""));
        return true;
    }

    /// <summary><c>unitc diff</c> of two catalogues that differ in 50 units (two material changes each).</summary>
    private bool Diff(SeedVocabulary vocabulary, int size)
    {
        const int changed = 50;
        var folder = Path.Combine(options.WorkFolder, $"diff-{size}");
        log.WriteLine($"measuring unitc diff of {size} units, {changed} changed, in {folder}");
        DiffBench.Prepare(vocabulary, folder, size, changed, options.Seed);
        var load = LoadAverage.Read();
        var runs = new List<ProcessRun>();
        for (var r = -1; r < options.Runs; r++)
        {
            var diff = ProcessRunner.Run(folder, options.Binary, "diff", "old", "new", "--format", "json");
            var expected = string.Create(CultureInfo.InvariantCulture, $"\"material\": {Math.Min(changed, size) * 2},");
            if (diff.ExitCode != 0 || !diff.Output.Contains(expected, StringComparison.Ordinal))
            {
                return Fail($"diff of {size} units", diff);
            }

            if (r >= 0)
            {
                runs.Add(diff);
            }
        }

        _rows.Add(new ResultRow($"diff of two catalogues, {changed} units changed", size, Median(runs), MedianCpu(runs), MaxPeak(runs), load.Span(LoadAverage.Read()), size == 1_000 ? Target(Median(runs) <= 1_000, "<= 1 s") : ""));
        return true;
    }

    /// <summary><c>unitc export</c> of a catalogue to each exchange format, into an emptied folder: a CASE package or a Moodle CSV per unit.</summary>
    private bool Export(SeedVocabulary vocabulary, int size)
    {
        var folder = Path.Combine(options.WorkFolder, $"catalogue-{size}");
        var specs = EnsureCatalogue(vocabulary, folder, size, 1.0);

        // Generated units have no dated history: the date an exchange file carries comes from a config of its own.
        var config = Path.Combine(folder, "export.unitc.yaml");
        File.WriteAllText(config, "exchange:\n  date: 2026-03-01\n");
        foreach (var format in new[] { "case", "moodle" })
        {
            var output = Path.Combine(folder, "exchange-" + format);
            var load = LoadAverage.Read();
            var runs = new List<ProcessRun>();
            for (var r = -1; r < options.Runs; r++)
            {
                SetAside(output);
                var export = ProcessRunner.Run(folder, options.Binary, "export", specs, "--to", format, "-o", output, "--config", config);
                if (export.ExitCode != 0 || Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count() < size)
                {
                    return Fail($"export of {size} units to {format}", export);
                }

                if (r >= 0)
                {
                    runs.Add(export);
                }
            }

            _rows.Add(new ResultRow($"export to {(format == "case" ? "CASE" : "Moodle")}, a file per unit", size, Median(runs), MedianCpu(runs), MaxPeak(runs), load.Span(LoadAverage.Read()), ""));
        }

        return true;
    }

    /// <summary>Cost against the size of units: 100 units at 1, 2 and 4 times the seed's number of outcomes.</summary>
    private bool UnitSize(SeedVocabulary vocabulary)
    {
        foreach (var scale in new[] { 1.0, 2.0, 4.0 })
        {
            var folder = Path.Combine(options.WorkFolder, $"size-x{scale:0}");
            EnsureCatalogue(vocabulary, folder, 100, scale);
            var bytes = Directory.EnumerateFiles(Path.Combine(folder, "spec")).Sum(f => new FileInfo(f).Length) / 100.0;
            var load = LoadAverage.Read();
            var cold = new List<ProcessRun>();
            for (var r = 0; r < options.Runs; r++)
            {
                SetAside(Path.Combine(folder, "out"));
                var build = ProcessRunner.Run(folder, options.Binary, "build");
                if (build.ExitCode != 0)
                {
                    return Fail($"build of 100 units at x{scale}", build);
                }

                cold.Add(build);
            }

            _rows.Add(new ResultRow($"build, 100 units of {bytes / 1024:0} KB spec (x{scale:0} outcomes)", 100, Median(cold), MedianCpu(cold), MaxPeak(cold), load.Span(LoadAverage.Read()), "") { SpecKilobytes = bytes / 1024 });
        }

        return true;
    }

    /// <summary>
    /// <c>unitc route</c> on the test diploma (the seed unit's facts from its spec, the rest from the
    /// qualification): a choice that meets every rule, and one that breaks three, whose answer
    /// searches for the units that would mend each.
    /// </summary>
    private bool Route()
    {
        var folder = Path.Combine(options.WorkFolder, "route");
        Directory.CreateDirectory(Path.Combine(folder, "spec"));
        File.Copy(options.SeedSpec, Path.Combine(folder, "spec", Path.GetFileName(options.SeedSpec)), overwrite: true);
        File.Copy(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(options.SeedSpec))!, "tests", "UnitCompiler.Tests", "TestFiles", "qualifications", "diploma.yaml"), Path.Combine(folder, "diploma.yaml"), overwrite: true);
        string[] valid = ["route", "diploma.yaml", "L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003", "A/200/0001", "A/200/0003", "B/300/0001", "B/300/0002"];
        string[] broken = ["route", "diploma.yaml", "L/652/0848", "M/100/0001", "M/100/0002", "A/200/0001", "A/200/0002", "A/200/0003", "B/300/0003"];
        var load = LoadAverage.Read();
        var met = new List<ProcessRun>();
        var failed = new List<ProcessRun>();
        for (var r = 0; r < options.Runs * 2; r++)
        {
            var ok = ProcessRunner.Run(folder, options.Binary, valid);
            var not = ProcessRunner.Run(folder, options.Binary, broken);
            if (ok.ExitCode != 0 || not.ExitCode != 1)
            {
                return Fail("route", ok.ExitCode != 0 ? ok : not);
            }

            met.Add(ok);
            failed.Add(not);
        }

        load = load.Span(LoadAverage.Read());
        _rows.Add(new ResultRow("route, a valid choice (8 units)", 1, Median(met), MedianCpu(met), MaxPeak(met), load, ""));
        _rows.Add(new ResultRow("route, 3 broken rules and their fixes", 1, Median(failed), MedianCpu(failed), MaxPeak(failed), load, ""));
        return true;
    }

    private string EnsureCatalogue(SeedVocabulary vocabulary, string folder, int size, double scale)
    {
        var specs = Path.Combine(folder, "spec");
        var marker = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".generated-{size}-seed{options.Seed}-x{scale}"));
        if (!File.Exists(marker))
        {
            DeleteFolder(folder);
            log.WriteLine($"generating {size} units (x{scale} size) into {specs}");
            CatalogueGenerator.Generate(vocabulary, specs, size, options.Seed, scale);
            File.WriteAllText(marker, "");
        }

        log.WriteLine($"measuring {size} units in {folder}");
        return "spec";
    }

    private bool Fail(string what, ProcessRun run)
    {
        log.WriteLine($"FAILED: {what}: exit {run.ExitCode}\n{string.Join('\n', run.Error.Split('\n').Take(20))}");
        return false;
    }

    private static string Target(bool met, string target) => (met ? "met: " : "NOT met: ") + target;

    private static double Median(List<ProcessRun> runs)
    {
        var sorted = runs.Select(r => r.Milliseconds).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double MedianCpu(List<ProcessRun> runs)
    {
        var sorted = runs.Select(r => r.CpuMilliseconds).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static long MaxPeak(List<ProcessRun> runs) => runs.Max(r => r.PeakKilobytes);

    /// <summary>
    /// Empties the way for a cold build by moving the last build's output into a folder deleted when
    /// the harness ends, not by deleting it. On ext4 without a journal (this machine's disk) the
    /// kernel passes over inodes freed in the last 60 s (300 s while their inode table block is not
    /// yet written back) when it makes a file, one look-up each (fs/ext4/ialloc.c, recently_deleted):
    /// a build of 1,000 units straight after deleting the last one's 8,000 files spent 3 s in the
    /// kernel instead of 0.6 s, a cost of the harness's own clean-up rather than of the build. So a
    /// run started within five minutes of another's end (which deletes what it set aside) is slower.
    /// </summary>
    private void SetAside(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.CreateDirectory(SetAsideFolder);
            Directory.Move(folder, Path.Combine(SetAsideFolder, Guid.NewGuid().ToString("N")));
        }
    }

    private string SetAsideFolder => Path.Combine(options.WorkFolder, "set-aside");

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>One line of the results table.</summary>
public sealed record ResultRow(string Measure, int Units, double MedianMs, double CpuMs, long PeakKilobytes, LoadAverage Load, string Target)
{
    public double? SpecKilobytes { get; init; }

    public static string Table(IEnumerable<ResultRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| measure | units | median wall | per unit | median CPU (user+sys) | CPU per unit | peak RSS | load (1 min) | target |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Measure} | {r.Units:N0} | {Time(r.MedianMs)} | {r.MedianMs / r.Units:0.00} ms | {Time(r.CpuMs)} | {r.CpuMs / r.Units:0.00} ms | {(r.PeakKilobytes < 0 ? "?" : $"{r.PeakKilobytes / 1024.0:0.0} MB")} | {r.Load} | {r.Target} |");
        }

        return sb.ToString();
    }

    private static string Time(double ms) => ms >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00} s") : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");
}

/// <summary>The 1-minute load average before and after a measurement, from /proc/loadavg.</summary>
public sealed record LoadAverage(double Before, double After)
{
    public static LoadAverage Read()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "";
        var value = double.TryParse(text.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
        return new LoadAverage(value, value);
    }

    public LoadAverage Span(LoadAverage later) => this with { After = later.After };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Before:0.00} to {After:0.00}");
}
