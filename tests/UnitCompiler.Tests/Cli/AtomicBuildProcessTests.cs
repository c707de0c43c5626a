using System.Diagnostics;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>Builds that are killed, or run twice at once, never leave a document half-written.</summary>
public class AtomicBuildProcessTests
{
    private const int Units = 200;
    private const int Kills = 9;

    private static string Catalogue(string title)
    {
        var dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        var yaml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"));
        for (var i = 0; i < Units; i++)
        {
            File.WriteAllText(Path.Combine(dir, "spec", $"u{i:000}.yaml"), yaml.Replace("ref: L/652/0848", $"ref: X/000/{i:0000}").Replace("title: Leading", $"title: {title} Leading"));
        }

        return dir;
    }

    private static Dictionary<string, byte[]> Snapshot(string outDir) =>
        Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(outDir, f), File.ReadAllBytes);

    private static Process StartBuild(string dir)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "unitc.dll"));
        info.ArgumentList.Add("build");
        var process = Process.Start(info)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Every document's content hash: what a build left, kept small enough to keep one per kill.</summary>
    private static Dictionary<string, string> Hashes(string outDir) =>
        Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(outDir, f), f => UnitCompiler.Text.ContentHash.Of(File.ReadAllBytes(f)));

    [Fact]
    public void BuildKilledAtRandomMomentsLeavesEveryDocumentWholeOldOrWholeNew()
    {
        // The old documents, from a complete build (timed: how long a whole build takes on this machine, at this load).
        var dir = Catalogue("Old");
        var outDir = Path.Combine(dir, "out");
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Start(dir, "build").ExitCode);
        var fullBuild = (int)clock.ElapsedMilliseconds;
        var old = Hashes(outDir);
        Assert.Equal(Units * 7, old.Count);

        foreach (var spec in Directory.GetFiles(Path.Combine(dir, "spec")))
        {
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: Old", "title: New"));
        }

        // Rebuild with the new titles, killing the build at a random moment, again and again: each
        // run starts where the killed one stopped (what is already new is unchanged, not rewritten).
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var afterKills = new List<Dictionary<string, string>>();
        var killedRunning = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var process = StartBuild(dir);
            Thread.Sleep(random.Next(fullBuild / 10, fullBuild / 2)); // a random point in the first half of a build (start-up included), where every unit is still to write
            killedRunning += process.HasExited ? 0 : 1;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            afterKills.Add(Hashes(outDir));
        }

        // A clean build completes, cleans what the killed ones left, and check agrees. Its documents
        // are the new ones; what each kill left must be, document by document, the old or these.
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Empty(Directory.GetFiles(outDir, ".*.tmp", SearchOption.AllDirectories));
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
        var fresh = Hashes(outDir);
        Assert.Equal(old.Keys.Order(), fresh.Keys.Order());
        Assert.Equal(Units * 6, fresh.Count(d => d.Value != old[d.Key])); // all but the CSV grid (no title) changed, so old and new are told apart

        var newBefore = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            Assert.Equal(old.Keys.Order(), afterKills[kill].Keys.Order());
            var newNow = 0;
            foreach (var (path, hash) in afterKills[kill])
            {
                Assert.True(hash == old[path] || hash == fresh[path], $"seed {seed}, kill {kill}: {path} is neither the old nor the new document");
                newNow += hash == fresh[path] && hash != old[path] ? 1 : 0;
            }

            Assert.True(newNow >= newBefore, $"seed {seed}, kill {kill}: a new document went back to old");
            newBefore = newNow;
        }

        Assert.True(killedRunning >= Kills / 2, $"seed {seed}: only {killedRunning} of {Kills} builds were still running when killed; the test proved little");
        Assert.True(newBefore > 0, $"seed {seed}: no build got as far as replacing a document");
    }

    [Fact]
    public void TwoBuildsIntoOneFolderAtOnceOneWritesTheOtherSaysSo()
    {
        var dir = Catalogue("Same");
        var outDir = Path.Combine(dir, "out");
        using var first = StartBuild(dir);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!first.HasExited && DateTime.UtcNow < deadline && !(Directory.Exists(outDir) && Directory.EnumerateDirectories(outDir).Any()))
        {
            Thread.Sleep(5); // until the first is writing
        }

        var second = Start(dir, "build");
        var overlapped = !first.HasExited;
        first.WaitForExit();

        Assert.Equal(0, first.ExitCode);
        Assert.True(overlapped, "the first build ended before the second did; the test proved nothing");
        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"out: error UNITC0333: another unitc build is writing to out{Path.DirectorySeparatorChar} (lock out{Path.DirectorySeparatorChar}.unitc-build.lock); nothing was written", second.Error);
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
        Assert.Equal(Units * 7, Snapshot(outDir).Count);

        // Two started together: however they meet, the folder and its record come out whole.
        var runs = new[] { Task.Run(() => Start(dir, "build")), Task.Run(() => Start(dir, "build")) }.Select(t => t.Result).ToList();
        Assert.All(runs, r => Assert.True(r.ExitCode == 0 || (r.ExitCode == 1 && r.Error.Contains("UNITC0333")), r.Error));
        Assert.Contains(runs, r => r.ExitCode == 0);
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
    }
}
