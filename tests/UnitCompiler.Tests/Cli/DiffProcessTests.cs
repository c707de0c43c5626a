using System.Diagnostics;
using System.Text.Json;
using UnitCompiler.Tests.Changes;

namespace UnitCompiler.Tests.Cli;

/// <summary><c>unitc diff</c> through the real process, on git repositories made for the test.</summary>
public class DiffProcessTests
{
    private static string Fixture(string name, string side) => File.ReadAllText(TestPaths.TestFile("diff", name, side + ".yaml"));

    /// <summary>v1: the seed spec; v2: one word changed in 2.2; the working tree: 2.3 moved to outcome 4 on top of v1.</summary>
    private static GitRepository TwoCommits()
    {
        var repo = GitRepository.Create("diff-git");
        repo.Write("spec/L-652-0848.yaml", Fixture("meaning", "old"));
        repo.Commit("first issue", "v1");
        repo.Write("spec/L-652-0848.yaml", Fixture("meaning", "new"));
        repo.Commit("2.2 reworded", "v2");
        return repo;
    }

    [Fact]
    public void TwoRevisionsAreComparedWithoutTouchingTheWorkingTree()
    {
        var repo = TwoCommits();
        repo.Write("spec/L-652-0848.yaml", Fixture("moved", "new"));
        var status = repo.Git("status", "--porcelain");
        var head = repo.Git("rev-parse", "HEAD");

        var run = UnitcProcess.Start(repo.Folder, "diff", "v1..v2", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var change = Assert.Single(json.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal("criterion-reworded", change.GetProperty("kind").GetString());
        Assert.Equal("material", change.GetProperty("class").GetString());
        Assert.Equal("2.2", change.GetProperty("subject").GetString());

        Assert.Equal(status, repo.Git("status", "--porcelain"));
        Assert.Equal(head, repo.Git("rev-parse", "HEAD"));
        Assert.Equal(Fixture("moved", "new"), File.ReadAllText(Path.Combine(repo.Folder, "spec", "L-652-0848.yaml")));
    }

    [Fact]
    public void ARevisionIsComparedWithTheWorkingTree()
    {
        var repo = TwoCommits();
        repo.Write("spec/L-652-0848.yaml", Fixture("moved", "new"));

        var run = UnitcProcess.Start(repo.Folder, "diff", "v1");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Assessment criterion 2.3 moved to learning outcome 4 as 4.4", run.Output);

        // HEAD (v2) against the working tree, as git diff with no revision: 2.2's new word is undone too.
        var head = UnitcProcess.Start(repo.Folder, "diff", "--exit-code");
        Assert.Equal(1, head.ExitCode);
        Assert.Contains("Assessment criterion 2.2 reworded", head.Output);
        Assert.Contains("moved to learning outcome 4", head.Output);
    }

    [Fact]
    public void ExitCodeIsZeroWhenOnlyEditorialChangesLanded()
    {
        var repo = GitRepository.Create("diff-editorial");
        repo.Write("spec/L-652-0848.yaml", Fixture("spelling", "old"));
        repo.Commit("first", "v1");
        repo.Write("spec/L-652-0848.yaml", Fixture("spelling", "new"));

        var run = UnitcProcess.Start(repo.Folder, "diff", "v1", "--exit-code", "--format", "markdown");
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        Assert.Contains("2 changes: 0 material, 2 editorial", run.Output);
    }

    [Fact]
    public void UnknownRevision()
    {
        var repo = TwoCommits();
        var run = UnitcProcess.Start(repo.Folder, "diff", "v9");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error UNITC0602: 'v9' is neither a file or folder nor a revision git knows", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void OutsideAGitRepository()
    {
        var folder = TestFolders.Create("diff-nogit");
        var run = UnitcProcess.Start(folder, "diff", "main");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error UNITC0603", run.Error);
    }

    [Fact]
    public void GitFailureIsReported()
    {
        // A spec folder outside the repository: git ls-tree refuses it, and says so.
        var repo = TwoCommits();
        var outside = TestFolders.Create("diff-outside");
        repo.Write("unitc.yaml", $"build:\n  specs: [\"{outside.Replace("\\", "/")}\"]\n");
        var run = UnitcProcess.Start(repo.Folder, "diff", "v1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error UNITC0605: git ls-tree failed", run.Error);
    }

    [Fact]
    public async Task NoGitOnThePath()
    {
        var repo = TwoCommits();
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")).First(File.Exists);
        var info = new ProcessStartInfo(dotnet) { WorkingDirectory = repo.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "unitc.dll"));
        info.ArgumentList.Add("diff");
        info.ArgumentList.Add("v1");
        info.Environment["PATH"] = TestFolders.Create("empty-path");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000));
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("error UNITC0601: git could not be run", await error);
        Assert.Empty(await output);
    }

    [Fact]
    public void TwoFoldersAreCompared()
    {
        var folder = TestFolders.Create("diff-folders");
        foreach (var side in new[] { "old", "new" })
        {
            Directory.CreateDirectory(Path.Combine(folder, side));
            File.Copy(TestPaths.TestFile("diff", "renumbered", side + ".yaml"), Path.Combine(folder, side, "L-652-0848.yaml"));
        }

        var run = UnitcProcess.Start(folder, "diff", "old", "new");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "diff", "renumbered.txt")), run.Output);
    }

    [Fact]
    public void HistoryIsDraftedAndWrittenIntoTheWorkingTree()
    {
        var repo = TwoCommits();
        var drafted = UnitcProcess.Start(repo.Folder, "diff", "v1", "--history", "--date", "2026-03-01");
        Assert.True(drafted.ExitCode == 0, drafted.Error);
        Assert.Equal(
            "# L/652/0848: unit.version \"1.1\"\nhistory:\n  - version: \"1.1\"\n    date: \"2026-03-01\"\n    change: \"Assessment criterion 2.2 reworded\"\n    section: \"2.2\"\n",
            drafted.Output);

        var written = UnitcProcess.Start(repo.Folder, "diff", "v1", "--write-history", "--date", "2026-03-01");
        Assert.True(written.ExitCode == 0, written.Error);
        var spec = File.ReadAllText(Path.Combine(repo.Folder, "spec", "L-652-0848.yaml"));
        Assert.Contains("  version: \"1.1\"\n", spec);
        Assert.Contains("history:\n  - version: \"1.1\"\n    date: \"2026-03-01\"\n    change: Assessment criterion 2.2 reworded\n    section: \"2.2\"\n", spec);

        // The spec still loads, and the diff now shows the version it made.
        var after = UnitcProcess.Start(repo.Folder, "diff", "v2");
        Assert.True(after.ExitCode == 0, after.Error);
        Assert.Contains("Version changed from none to 1.1", after.Output);
    }
}
