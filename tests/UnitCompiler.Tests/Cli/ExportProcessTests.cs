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
    public void ExportOverTheSpecFolderWritesTheQualificationsToo()
    {
        var dir = TempFolder();
        var spec = Directory.CreateDirectory(Path.Combine(dir, "spec")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "spec")))
        {
            File.Copy(file, Path.Combine(spec, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "exchange:\n  date: 2026-03-01\n");
        var run = Start(dir, "export", "--to", "case");
        Assert.True(run.ExitCode == 0, run.Error);
        var package = Path.Combine(dir, "exchange", "610-4213-7.case.json");
        Assert.Empty(Exchange.CaseSchema.Problems(File.ReadAllBytes(package)));
        Assert.True(File.Exists(Path.Combine(dir, "exchange", "L-652-0848.case.json")));

        // The qualification alone, named: its units are found beside it.
        var alone = Start(dir, "export", "--to", "moodle", "spec/610-4213-7.yaml");
        Assert.True(alone.ExitCode == 0, alone.Error);
        Assert.Contains("L/652/0848 AC2.3", File.ReadAllText(Path.Combine(dir, "exchange", "610-4213-7.moodle.csv")), StringComparison.Ordinal);
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

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "exchange:\n  moodle:\n    qualification_taxonomy: [domain, unit]\n");
        var taxonomy = Start(dir, "export", "--to", "moodle");
        Assert.Equal(2, taxonomy.ExitCode);
        Assert.Contains("exchange.moodle.qualification_taxonomy", taxonomy.Error, StringComparison.Ordinal);
        Assert.Contains("'unit' is not one", taxonomy.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MapStoresTheMappingKeepsWhatAWriterConfirmedAndListsTheGap()
    {
        var dir = Project("build:\n  specs: [spec]\n");
        var standard = TestPaths.TestFile("standards", "leader-adult-care-l5.json");
        var run = Start(dir, "map", "--standard", standard);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("L/652/0848 against UNITC-ST01:", run.Output, StringComparison.Ordinal);
        Assert.Contains("not covered: ", run.Output, StringComparison.Ordinal);
        foreach (var extension in new[] { "csv", "html", "xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(dir, "exchange", $"L-652-0848.UNITC-ST01.ksb-grid.{extension}")), extension);
        }

        // A writer confirms 1.1 as serving B1 only; the next run keeps it, and B1 is no longer in the gap.
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        var yaml = File.ReadAllText(spec);
        var start = yaml.IndexOf("      - criterion: \"1.1\"", StringComparison.Ordinal);
        var end = yaml.IndexOf("      - criterion: \"1.2\"", StringComparison.Ordinal);
        File.WriteAllText(spec, yaml[..start] + "      - criterion: \"1.1\"\n        ksbs: [B1]\n        confirmed: true\n" + yaml[end..]);
        var again = Start(dir, "map", "--standard", standard);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("ksbs: [B1]\n        scores: [1.0]\n        confirmed: true", File.ReadAllText(spec), StringComparison.Ordinal);
        Assert.DoesNotContain("B1,", again.Output.Split("not covered: ")[1], StringComparison.Ordinal);
    }
}
