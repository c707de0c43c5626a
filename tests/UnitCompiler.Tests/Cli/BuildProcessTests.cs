using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary><c>unitc build</c> as users run it: the project folder, unitc.yaml, exit codes.</summary>
public class BuildProcessTests
{
    private static string Project(string? config = null)
    {
        var dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(dir, "unitc.yaml"), config);
        }

        return dir;
    }

    [Fact]
    public void BuildsSpecIntoOutAndCheckPassesAfterwards()
    {
        var dir = Project();
        var run = Start(dir, "build");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 unit(s): 7 document(s) written, 0 unchanged, in out", run.Error.Trim()); // the summary alone: the timings are for UNITC_TIMINGS=1
        Assert.Equal(7, Directory.GetFiles(Path.Combine(dir, "out", "L-652-0848")).Length);
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);

        File.WriteAllText(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.md"), "stale");
        var check = Start(dir, "build", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("mapping-grid.md: error UNITC0304: out of date", check.Error);
    }

    [Fact]
    public void ConfigSetsFoldersAndFormats()
    {
        var dir = Project("build:\n  output: documents\n  formats: [md]\n");
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Equal(["assessor-checklist.md", "learner-workbook.md", "mapping-grid.md"], Directory.GetFiles(Path.Combine(dir, "documents", "L-652-0848")).Select(f => Path.GetFileName(f)!).Order().ToArray());
        Assert.Equal(0, Start(dir, "build", "--format", "csv", "--output", "other").ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(dir, "other", "L-652-0848")));
    }

    [Fact]
    public void ConfigMistakeIsReportedWithItsLine()
    {
        var dir = Project("build:\n  outptu: documents\n");
        var run = Start(dir, "build");
        Assert.Equal(2, run.ExitCode); // a config error, as from every command
        Assert.Contains("unitc.yaml(2,3): error UNITC0221: unknown key 'outptu' in build", run.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void BrokenSpecIsReportedWithLineAndColumnAndExitsOne()
    {
        var dir = Project();
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("    kind: skill\n", "    kind: practical\n"));
        var run = Start(dir, "build");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"L-652-0848\.yaml\(\d+,11\): error UNITC0223: 'kind' must be knowledge or skill", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
