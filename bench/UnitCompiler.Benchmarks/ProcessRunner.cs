using System.Diagnostics;
using System.Globalization;

namespace UnitCompiler.Benchmarks;

/// <summary>One timed run of a command: wall time, peak resident memory and CPU time (user + system, from GNU time), exit code and standard error.</summary>
public sealed record ProcessRun(double Milliseconds, long PeakKilobytes, double CpuMilliseconds, int ExitCode, string Error)
{
    /// <summary>Standard output, read from its file once the run is timed.</summary>
    public string Output { get; init; } = string.Empty;
}

/// <summary>
/// Runs a command as a user would in a shell, its standard output sent to a file (as a CI log would
/// be) so that reading it costs this process nothing while it is being timed. Peak memory comes
/// from GNU time (<c>/usr/bin/time</c>); without it, it is reported as unknown (-1).
/// </summary>
public static class ProcessRunner
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessRun Run(string workingDirectory, string program, params string[] args)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "unitc-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(scratch);
        var memory = Path.Combine(scratch, "rss");
        var stdout = Path.Combine(scratch, "stdout");
        var stderr = Path.Combine(scratch, "stderr");
        File.Delete(memory);
        var haveTime = File.Exists(GnuTime);
        var command = string.Join(' ', (haveTime ? new[] { GnuTime, "-f", "%M %U %S", "-o", memory, program } : [program]).Concat(args).Select(Quote));
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec {command} > {Quote(stdout)} 2> {Quote(stderr)} < /dev/null");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        // GNU time's last line: "%M %U %S" (a line before it may say the command exited non-zero).
        var figures = haveTime && File.Exists(memory) ? (File.ReadAllLines(memory).LastOrDefault() ?? "").Split(' ') : [];
        var peak = figures.Length == 3 && long.TryParse(figures[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : -1;
        var cpu = figures.Length == 3 && double.TryParse(figures[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user) && double.TryParse(figures[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system) ? (user + system) * 1000 : double.NaN;
        return new ProcessRun(elapsed, peak, cpu, process.ExitCode, File.ReadAllText(stderr)) { Output = File.ReadAllText(stdout) };
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
