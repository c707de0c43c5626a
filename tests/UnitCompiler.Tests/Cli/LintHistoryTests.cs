namespace UnitCompiler.Tests.Cli;

/// <summary>lint's UNITC1060: a material change since a git revision asks for a new history entry.</summary>
public class LintHistoryTests
{
    private static string Fixture(string name, string side) => File.ReadAllText(TestPaths.TestFile("diff", name, side + ".yaml"));

    private static GitRepository Committed(string name)
    {
        var repo = GitRepository.Create("lint-history");
        repo.Write("spec/L-652-0848.yaml", Fixture(name, "old"));
        repo.Commit("first issue", "v1");
        repo.Write("spec/L-652-0848.yaml", Fixture(name, "new"));
        return repo;
    }

    [Fact]
    public void MaterialChangeWithoutHistory()
    {
        var repo = Committed("meaning");
        var run = UnitcProcess.Start(repo.Folder, "lint", "--since", "v1");
        Assert.Contains("warning UNITC1060: unit L/652/0848 has 1 material change(s) since v1 (Assessment criterion 2.2 reworded) but no new history entry", run.Output);
        Assert.Contains("spec/L-652-0848.yaml(", run.Output);

        // The revision may come from unitc.yaml instead, and the drafted history answers the warning.
        repo.Write("unitc.yaml", "diff:\n  base: v1\n");
        Assert.Contains("UNITC1060", UnitcProcess.Start(repo.Folder, "lint").Output);
        var drafted = UnitcProcess.Start(repo.Folder, "diff", "v1", "--write-history");
        Assert.True(drafted.ExitCode == 0, drafted.Error);
        Assert.DoesNotContain("UNITC1060", UnitcProcess.Start(repo.Folder, "lint").Output);
    }

    [Fact]
    public void EditorialChangesNeedNoHistory()
    {
        var repo = Committed("spelling");
        var run = UnitcProcess.Start(repo.Folder, "lint", "--since", "v1");
        Assert.DoesNotContain("UNITC1060", run.Output);
        Assert.DoesNotContain("UNITC06", run.Error);
    }

    [Fact]
    public void TheCheckCanBeTurnedOff()
    {
        var repo = Committed("meaning");
        repo.Write("unitc.yaml", "lint:\n  rules: { UNITC1060: off }\n");
        Assert.DoesNotContain("UNITC1060", UnitcProcess.Start(repo.Folder, "lint", "--since", "v1").Output);
    }
}
