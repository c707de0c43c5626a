using UnitCompiler.IO;
using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>A killed build leaves <c>.NAME.PID.GUID.tmp</c> files; the next build removes them, and only them.</summary>
public class AtomicFileCleanupTests
{
    // Above every platform's largest process id (Linux allows at most 4,194,304), so never running.
    private const int DeadPid = 999_999_999;

    private static string Folder()
    {
        return TestFolders.Create("atomic");
    }

    private static string Touch(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void RemovesOnlyTemporariesOfProcessesThatAreGone()
    {
        var dir = Folder();
        var guid = Guid.NewGuid().ToString("N");
        var stale = Touch(dir, $".mapping-grid.csv.{DeadPid}.{guid}.tmp");
        var dotted = Touch(dir, $".assessor-checklist.html.{DeadPid}.{Guid.NewGuid():N}.tmp");
        var kept = new[]
        {
            Touch(dir, $".mapping-grid.csv.{Environment.ProcessId}.{guid}.tmp"),   // a writer still running
            Touch(dir, $".mapping-grid.csv.{DeadPid}.{guid.ToUpperInvariant()}.tmp"), // not the "N" form written
            Touch(dir, $".mapping-grid.csv.{DeadPid}.not-a-guid.tmp"),
            Touch(dir, $".mapping-grid.csv.x{DeadPid}.{guid}.tmp"),
            Touch(dir, $"..{DeadPid}.{guid}.tmp"),                                  // no file name
            Touch(dir, $".mapping-grid.csv.{DeadPid}.{guid}.tmp.bak"),
            Touch(dir, $"mapping-grid.csv.{DeadPid}.{guid}.tmp"),
            Touch(dir, "mapping-grid.csv"),
        };

        var removed = AtomicFile.RemoveStaleTemporaries(dir);

        Assert.Equal(new[] { stale, dotted }.Order(StringComparer.Ordinal), removed.Order(StringComparer.Ordinal));
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(dotted));
        Assert.All(kept, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public void MissingFolderIsNothingToClean() =>
        Assert.Empty(AtomicFile.RemoveStaleTemporaries(Path.Combine(Folder(), "no-such-folder")));

    [Fact]
    public void TheNamesWriteMakesAreRecognised()
    {
        Assert.True(AtomicFile.TryParseTemporaryName(AtomicFile.TemporaryName("L-652-0848.yaml", 4242, Guid.NewGuid()), out var pid));
        Assert.Equal(4242, pid);
    }

    [Fact]
    public void BuildRemovesLeftoversInTheFoldersItWritesButNotInCheckMode()
    {
        var dir = Folder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        var unitFolder = Path.Combine(dir, "out", "L-652-0848");
        Directory.CreateDirectory(unitFolder);
        var leftover = Touch(unitFolder, $".learner-workbook.md.{DeadPid}.{Guid.NewGuid():N}.tmp");
        var elsewhere = Touch(Path.Combine(dir, "spec"), $".L-652-0848.yaml.{DeadPid}.{Guid.NewGuid():N}.tmp");
        BuildOptions Options(bool check) => new([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, BuildOptions.DefaultFormats, check, 1);

        BuildRunner.Run(Options(check: true));
        Assert.True(File.Exists(leftover), "check mode writes nothing, and deletes nothing");

        var build = BuildRunner.Run(Options(check: false));
        Assert.False(build.HasErrors);
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(elsewhere), "only the folders the build writes are cleaned");
    }
}
