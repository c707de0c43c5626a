using System.Diagnostics;
using System.Globalization;
using System.Text;
using UnitCompiler.Import;
using UnitCompiler.IO;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// How import time grows with the input, for the shapes hostile or broken exports take: the seed
/// repeated, and the fillers that would make a backtracking pattern or a quadratic join run away
/// (the same ones the regex-safety tests import once). Each shape is imported at three sizes, ten
/// times apart, in process and warm; a linear importer keeps the cost per kilobyte flat across a
/// row, where a quadratic one would multiply it by ten at each step.
/// </summary>
public static class ImportScaling
{
    private static readonly (string Name, string Filler, string Where)[] Fillers =
    [
        ("assessment outcome list never closed", "Learning outcomes 1, 2 and 3 ", "## Assessment Requirements\n"),
        ("metadata label never closed", "** ", "**Level:**"),
        ("outcome numbers without text", "<p>1 </p>\t<p>1.1 ", "\n## Assessment Requirements"),
        ("stray indicative-content cells", "<b>AC1.1</b>\t", null!),
        ("tag soup", "<<p", "## Indicative Content\n"),
    ];

    public static int Run(string repositoryRoot, TextWriter output, int runs = 5)
    {
        var seedPath = Directory.GetFiles(Path.Combine(repositoryRoot, "seeds"), "000_*.txt").Single();
        var seed = File.ReadAllText(seedPath);
        var limits = InputLimits.Default with { MaxInputBytes = 64L << 20 };

        output.WriteLine($"Import time by input size (median of {runs} warm runs, in process; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        output.WriteLine();
        output.WriteLine("| input | size | median | per KB | per KB vs smallest |");
        output.WriteLine("|---|---:|---:|---:|---:|");

        Row("seed repeated", [1, 10, 100], n => string.Concat(Enumerable.Repeat(seed, n)));
        foreach (var (name, filler, where) in Fillers)
        {
            Row(name, [20, 200, 2000], kb =>
            {
                var text = string.Concat(Enumerable.Repeat(filler, kb * 1024 / filler.Length));
                return where is null ? seed + "\n" + text + "\n" : seed.Replace(where, where + "\n" + text + "\n\n", StringComparison.Ordinal);
            });
        }

        return 0;

        void Row(string name, int[] sizes, Func<int, string> make)
        {
            double? firstPerKb = null;
            foreach (var size in sizes)
            {
                var bytes = Encoding.UTF8.GetBytes(make(size));
                UnitImporter.Import("bench.txt", bytes, limits); // warm-up: JIT and caches
                var times = new List<double>();
                for (var r = 0; r < runs; r++)
                {
                    var clock = Stopwatch.StartNew();
                    var result = UnitImporter.Import("bench.txt", bytes, limits);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    GC.KeepAlive(result);
                }

                times.Sort();
                var median = times[times.Count / 2];
                var kb = bytes.Length / 1024.0;
                var perKb = median / kb;
                firstPerKb ??= perKb;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {kb:N0} KB | {median:N1} ms | {perKb * 1000:N0} µs | {perKb / firstPerKb.Value:0.00}× |"));
            }
        }
    }
}
