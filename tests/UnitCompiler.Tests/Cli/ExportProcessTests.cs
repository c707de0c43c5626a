using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary><c>unitc export</c> and <c>unitc import --from case</c> run as users run them.</summary>
public class ExportProcessTests
{
    private static string Project(string config)
    {
        var dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), config);
        return dir;
    }

    [Fact]
    public void ExportsAreWrittenOnceAndImportGivesTheSpecBack()
    {
        var dir = Project("exchange:\n  date: 2026-03-01\n  creator: Example Awarding Organisation\n");
        var first = Start(dir, "export", "--to", "case");
        Assert.True(first.ExitCode == 0, first.Error);
        var package = Path.Combine(dir, "exchange", "L-652-0848.case.json");
        Assert.Contains("wrote", first.Error, StringComparison.Ordinal);
        var stamp = File.GetLastWriteTimeUtc(package);
        Thread.Sleep(20);
        var second = Start(dir, "export", "--to", "case");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 export(s) unchanged", second.Error, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(package));

        var back = Start(dir, "import", "--from", "case", package, "--output", "back.yaml");
        Assert.True(back.ExitCode == 0, back.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(dir, "spec", "L-652-0848.yaml")), File.ReadAllText(Path.Combine(dir, "back.yaml")));

        var moodle = Start(dir, "export", "--to", "moodle", "--output", "lms");
        Assert.True(moodle.ExitCode == 0, moodle.Error);
        Assert.True(File.Exists(Path.Combine(dir, "lms", "L-652-0848.moodle.csv")));
    }

    [Fact]
    public void WithoutADateNothingIsWrittenAndABadScaleIsAConfigError()
    {
        var dir = Project("build:\n  specs: [spec]\n");
        var run = Start(dir, "export", "--to", "case");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UNITC0700", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "exchange")));

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "exchange:\n  moodle:\n    proficient: [3]\n");
        var bad = Start(dir, "export", "--to", "moodle");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("proficient 3", bad.Error, StringComparison.Ordinal);
    }
}
