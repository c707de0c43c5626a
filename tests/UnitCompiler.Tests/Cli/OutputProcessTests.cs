using UnitCompiler.IO;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>
/// A build that cannot write what it should (a read-only folder, a full disk) says which path and
/// why, exits 1, leaves every document whole, and does not record as built what it failed to write.
/// </summary>
public class OutputProcessTests
{
    private const string Unit = "L-652-0848";

    private static string Project(string title = "Leading")
    {
        var dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        var yaml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"));
        File.WriteAllText(Path.Combine(dir, "spec", $"{Unit}.yaml"), yaml.Replace("title: Leading", $"title: {title}"));
        return dir;
    }

    private static Dictionary<string, byte[]> Documents(string dir) =>
        Directory.GetFiles(Path.Combine(dir, "out", Unit)).Where(f => !Path.GetFileName(f).StartsWith('.')).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private static string[] Temporaries(string dir) =>
        [.. Directory.GetFiles(Path.Combine(dir, "out"), ".*.tmp", SearchOption.AllDirectories)];

    /// <summary>A project built once with the old title, its spec then given a new one, and the documents a build of the new spec gives.</summary>
    private static (string Dir, Dictionary<string, byte[]> Old, Dictionary<string, byte[]> New) Edited()
    {
        var dir = Project("Leading");
        Assert.Equal(0, Start(dir, "build").ExitCode);
        var old = Documents(dir);
        var reference = Project("Newly leading");
        Assert.Equal(0, Start(reference, "build").ExitCode);
        var spec = Path.Combine(dir, "spec", $"{Unit}.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("title: Leading", "title: Newly leading"));
        return (dir, old, Documents(reference));
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void SetTree(string folder, UnixFileMode folders, UnixFileMode files)
    {
        File.SetUnixFileMode(folder, folders);
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? folders : files);
        }
    }

    [SkippableFact]
    public void ReadOnlyOutputFolderIsOneClearErrorAndWritesNothing()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        if (OperatingSystem.IsWindows())
        {
            return; // for the platform analyser, which does not know Skip.If
        }

        var (dir, old, _) = Edited();
        const UnixFileMode ReadOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        const UnixFileMode ReadOnlyFile = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        var output = Path.Combine(dir, "out");
        SetTree(output, ReadOnlyFolder, ReadOnlyFile);

        // Root may write anywhere, so as root the build runs as nobody, whom the modes do bind.
        string[] launcher = Environment.UserName == "root" ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "env", $"HOME={dir}"] : [];
        var run = StartVia(launcher, dir, "build");

        SetTree(output, ReadOnlyFolder | UnixFileMode.UserWrite, ReadOnlyFile | UnixFileMode.UserWrite);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("out: error UNITC0332: cannot write into the output folder: Access to the path", run.Error);
        Assert.Contains(".unitc-build.lock' is denied", run.Error);
        Assert.Single(run.Error.Split('\n'), l => l.Contains(": error "));
        Assert.Equal(old, Documents(dir));
        Assert.Empty(Temporaries(dir));
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
    }

    [SkippableFact]
    public void AFullDiskIsAClearErrorAndTheRecordDoesNotVouchForWhatFailed()
    {
        // A full disk cannot be made without mounting one; a limit on the size of the files a process
        // may write fails its writes the same way, part-way through a document (EFBIG instead of
        // ENOSPC). The limit is 16 KB: the HTML documents (35 KB) fail, the smaller ones are written.
        Skip.If(OperatingSystem.IsWindows(), "ulimit");
        var (dir, old, fresh) = Edited();
        string[] limited = ["env", "DOTNET_EnableWriteXorExecute=0", "bash", "-c", "trap '' XFSZ; ulimit -f 16; exec \"$@\"", "unitc"];
        var run = StartVia(limited, dir, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"assessor-checklist\.html: error UNITC0007: cannot write the file: the file is larger than the file system or the process's file size limit allows", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        var after = Documents(dir);
        Assert.Equal(old.Keys.Order(), after.Keys.Order());
        Assert.All(after, d => Assert.True(d.Value.AsSpan().SequenceEqual(old[d.Key]) || d.Value.AsSpan().SequenceEqual(fresh[d.Key]), $"{d.Key} is neither old nor new"));
        Assert.Contains(after, d => d.Value.AsSpan().SequenceEqual(fresh[d.Key]) && !fresh[d.Key].AsSpan().SequenceEqual(old[d.Key])); // some were written
        Assert.True(old["assessor-checklist.html"].AsSpan().SequenceEqual(after["assessor-checklist.html"]));
        Assert.Empty(Temporaries(dir));

        // The unit is not recorded as built, so check names what is still old, and a build mends it.
        var check = Start(dir, "build", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("assessor-checklist.html: error UNITC0304: out of date", check.Error);
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Equal(fresh, Documents(dir));
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
    }

    [Fact]
    public void AnotherProcessHoldingAFileIsRecognisedAsSuch()
    {
        // What Word does to a document on Windows, FileShare.None (flock) does on Unix to a second opener.
        var path = Path.Combine(TempFolder(), "held");
        using var holder = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var e = Assert.ThrowsAny<IOException>(() => new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        Assert.True(IOErrors.IsHeldByAnotherProcess(e), $"{e.HResult}: {e.Message}");
        Assert.False(IOErrors.IsHeldByAnotherProcess(new IOException("disk full", 28)));
    }
}
