using System.Diagnostics;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>Builds that are killed, or run twice at once, never leave a document half-written.</summary>
public class AtomicBuildProcessTests
{
    private const int Units = 150;

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

    [Fact]
    public void KilledBuildLeavesEveryDocumentWholeOldOrWholeNew()
    {
        // The old and the new documents, each from a complete build.
        var dir = Catalogue("Old");
        Assert.Equal(0, Start(dir, "build", "--jobs", "1").ExitCode);
        var old = Snapshot(Path.Combine(dir, "out"));
        var reference = Catalogue("New");
        Assert.Equal(0, Start(reference, "build").ExitCode);
        var fresh = Snapshot(Path.Combine(reference, "out"));

        // Rebuild with the new titles and kill it part-way.
        foreach (var spec in Directory.GetFiles(Path.Combine(dir, "spec")))
        {
            File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: Old", "title: New"));
        }

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "unitc.dll"));
        info.ArgumentList.Add("build");
        info.ArgumentList.Add("--jobs");
        info.ArgumentList.Add("1");
        using var process = Process.Start(info)!;
        var outDir = Path.Combine(dir, "out");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!process.HasExited && DateTime.UtcNow < deadline && !Snapshot(outDir).Any(kv => fresh.TryGetValue(kv.Key, out var f) && f.AsSpan().SequenceEqual(kv.Value)))
        {
            Thread.Sleep(5); // wait until the new build has replaced at least one document
        }

        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var after = Snapshot(outDir);
        Assert.Equal(old.Keys.Order(), after.Keys.Order());
        int oldCount = 0, newCount = 0;
        foreach (var (path, bytes) in after)
        {
            var isOld = old[path].AsSpan().SequenceEqual(bytes);
            var isNew = fresh[path].AsSpan().SequenceEqual(bytes);
            Assert.True(isOld || isNew, $"{path} is neither the old nor the new document");
            oldCount += isOld ? 1 : 0;
            newCount += isNew ? 1 : 0;
        }

        Assert.True(newCount > 0, "the build was killed before it replaced any document; the test proved nothing");
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
    }

    [Fact]
    public async Task TwoBuildsIntoOneFolderAtOnceDoNotCorruptIt()
    {
        var dir = Catalogue("Same");
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Start(dir, "build", "--jobs", "1"))));
        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
        Assert.Equal(Units * 7, Snapshot(Path.Combine(dir, "out")).Count);
    }
}
