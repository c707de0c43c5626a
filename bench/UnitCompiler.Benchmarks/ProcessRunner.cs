using System.Diagnostics;
using System.Globalization;

namespace UnitCompiler.Benchmarks;

/// <summary>One timed run of a command: wall time, peak resident memory (from GNU time's %M), exit code and standard error.</summary>
public sealed record ProcessRun(double Milliseconds, long PeakKilobytes, int ExitCode, string Error);

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
        var command = string.Join(' ', (haveTime ? new[] { GnuTime, "-f", "%M", "-o", memory, program } : [program]).Concat(args).Select(Quote));
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec {command} > {Quote(stdout)} 2> {Quote(stderr)} < /dev/null");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var peak = haveTime && File.Exists(memory) && long.TryParse(File.ReadAllLines(memory).LastOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : -1;
        return new ProcessRun(elapsed, peak, process.ExitCode, File.ReadAllText(stderr));
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
