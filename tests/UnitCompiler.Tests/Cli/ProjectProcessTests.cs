using System.Text;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>
/// The project as every command sees it, run as users run unitc: one unitc.yaml read the same way,
/// the same inputs, the same exit code for the same kind of problem, one way writes fail.
/// </summary>
public class ProjectProcessTests
{
    private static readonly string Seed = TestPaths.Seed("000_49d6381e8fb9538e.txt");

    /// <summary>The spec with its first guidance item's alignment removed, so that align has something to do.</summary>
    private static string Unaligned(string yaml) =>
        System.Text.RegularExpressions.Regex.Replace(yaml, @"criteria: \[[^\]\n]*\]\n(\s+)scores: \[[^\]\n]*\]", "criteria: []\n$1scores: []", default, TimeSpan.FromSeconds(1));

    private static readonly string GuidanceSpec = Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml");

    /// <summary>A project whose specs live in <paramref name="folder"/>, with <paramref name="config"/> as its unitc.yaml.</summary>
    private static string Project(string config, string folder = "units")
    {
        var dir = TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, folder));
        File.Copy(GuidanceSpec, Path.Combine(dir, folder, "L-652-0848.yaml"));
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), config);
        return dir;
    }

    [Fact]
    public void EveryCommandReadsTheSpecFolderOfTheConfig()
    {
        // Issue 15, bug 1: build.specs was honoured by build alone.
        var dir = Project("build:\n  specs: [units]\n");
        var spec = Path.Combine(dir, "units", "L-652-0848.yaml");
        foreach (var args in new[] { new[] { "build" }, ["lint"], ["fmt", "--check"], ["align"] })
        {
            var run = Start(dir, args);
            Assert.True(run.ExitCode == 0, $"{args[0]}: exit {run.ExitCode}\n{run.Error}{run.Output}");
            Assert.DoesNotContain("UNITC0001", run.Error + run.Output);
        }

        Assert.True(File.Exists(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.csv")));
        Assert.Contains("units/L-652-0848.yaml(", Start(dir, "lint").Output.Replace('\\', '/'));

        // fmt and align act on the configured folder's files, not only read them.
        File.WriteAllText(spec, "# a remark fmt does not keep\n" + File.ReadAllText(spec));
        var check = Start(dir, "fmt", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("L-652-0848.yaml: error UNITC0228", check.Error);
        Assert.Contains("formatted units", Start(dir, "fmt").Error.Replace('\\', '/'));
        Assert.Equal(File.ReadAllText(GuidanceSpec), File.ReadAllText(spec));

        File.WriteAllText(spec, Unaligned(File.ReadAllText(spec)));
        Assert.Contains("aligned units", Start(dir, "align").Error.Replace('\\', '/'));
        Assert.Equal(File.ReadAllText(GuidanceSpec), File.ReadAllText(spec));
    }

    [Fact]
    public void ImportWritesIntoTheSpecFolderOfTheConfig()
    {
        var dir = Project("build:\n  specs: [units]\n");
        File.Delete(Path.Combine(dir, "units", "L-652-0848.yaml"));
        var run = Start(dir, "import", Seed);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "units", "L-652-0848.yaml")), run.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "spec")));
    }

    [Fact]
    public void VerifyOfAWindows1252ExportChecksTheTextTheImportDecoded()
    {
        // Issue 15, bug 2: --verify read the file again as UTF-8 and reported "caf" and "centr" lost.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var dir = TempFolder();
        var text = File.ReadAllText(Seed).Replace("Analyse the features", "Analyse the café and centréd features");
        Assert.Contains("café", text);
        File.WriteAllBytes(Path.Combine(dir, "old.txt"), Encoding.GetEncoding(1252).GetBytes(text));

        var run = Start(dir, "import", "old.txt", "--verify", "--output", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning UNITC0005", run.Error); // decoded as Windows-1252, and said so
        Assert.DoesNotContain("UNITC0115", run.Error);
        Assert.Contains("Analyse the café and centréd features", run.Output);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("lint")]
    [InlineData("fmt")]
    [InlineData("align")]
    [InlineData("import")]
    public void AConfigErrorExitsTwoFromEveryCommandAndAWrongTypeIsAWrongType(string command)
    {
        // Issue 15, bug 3: lint exited 2 and the others 1; "build: docs" was an unknown key 'build'.
        var dir = Project("build: docs\n", "spec");
        var run = Start(dir, command == "import" ? [command, Seed] : [command]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unitc.yaml(1,8): error UNITC0223: 'build' must be a mapping of keys to values", run.Error);
        Assert.DoesNotContain("unknown key", run.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Theory]
    [InlineData("build:\n  formats: [html, odt]\n", new string[0], "odt")]
    [InlineData("build:\n  output: out\n", new[] { "--format", "html,odt" }, "odt")]
    [InlineData("build:\n  templates: no-such-folder\n", new string[0], "no-such-folder")]
    [InlineData("build:\n  output: out\n", new[] { "--templates", "no-such-folder" }, "no-such-folder")]
    public void ABuildAskedForWhatCannotBeIsUsageAndExitsTwo(string config, string[] options, string named)
    {
        var dir = Project(config, "spec");
        var run = Start(dir, ["build", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# settings to come\n\n")]
    public void AnEmptyConfigSetsNothing(string config)
    {
        var dir = Project(config, "spec");
        var run = Start(dir, "lint");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("unitc.yaml", run.Output + run.Error);
    }

    [Fact]
    public void AMisspeltSectionGetsADidYouMeanAndAnExplicitConfigMustExist()
    {
        var dir = Project("limts:\n  max_input_size: 1MB\nbuild:\n  specs: units\n  specs: other\n");
        var run = Start(dir, "fmt");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unitc.yaml(1,1): error UNITC0221: unknown key 'limts' in unitc.yaml (did you mean 'limits'?)", run.Error);
        Assert.Contains("unitc.yaml(5,3): error UNITC0204: key specs appears more than once", run.Error);

        var missing = Start(dir, "build", "--config", "nope.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.yaml: error UNITC0001: file not found", missing.Error);
    }

    [Fact]
    public void AFailedWriteIsReportedTheSameWayByEveryCommand()
    {
        // Issue 15, bug 4: four copies of the write-and-catch. A folder where the output goes
        // (import, build), or a file name too long for the temporary file beside it (fmt, align;
        // tests may run as root, so permissions cannot make a write fail).
        var dir = Project("build:\n  specs: [units]\n");
        Directory.CreateDirectory(Path.Combine(dir, "taken.yaml"));
        var import = Start(dir, "import", Seed, "--output", "taken.yaml");
        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"taken\.yaml: error UNITC0007: cannot write the file", import.Error);

        Directory.CreateDirectory(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.md"));
        var build = Start(dir, "build");
        Assert.Equal(1, build.ExitCode);
        Assert.Matches(@"mapping-grid\.md: error UNITC0007: cannot write the file", build.Error);

        var longName = Path.Combine(dir, "units", new string('x', 240) + ".yaml");
        File.WriteAllText(longName, "# not canonical\n" + File.ReadAllText(GuidanceSpec));
        var fmt = Start(dir, "fmt", longName);
        Assert.Equal(1, fmt.ExitCode);
        Assert.Contains("xxx.yaml: error UNITC0007: cannot write the file", fmt.Error);
        Assert.DoesNotContain("formatted", fmt.Error);

        File.WriteAllText(longName, Unaligned(File.ReadAllText(GuidanceSpec)));
        var align = Start(dir, "align", longName);
        Assert.Equal(1, align.ExitCode);
        Assert.Contains("xxx.yaml: error UNITC0007: cannot write the file", align.Error);
        Assert.DoesNotContain("   at ", import.Error + build.Error + fmt.Error + align.Error);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("import")]
    [InlineData("fmt")]
    [InlineData("align")]
    [InlineData("lint")]
    public void EveryCommandReportsInSarif(string command)
    {
        var dir = Project("build:\n  specs: [units]\n");
        var spec = Path.Combine(dir, "units", "L-652-0848.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("    kind: skill\n", "    kind: practical\n"));
        File.WriteAllText(Path.Combine(dir, "bad.txt"), File.ReadAllText(Seed).Replace("<p>2.3 Evaluate how", "<p>2.2 Evaluate how"));
        var run = Start(dir, command == "import" ? [command, "bad.txt", "--report", "sarif"] : [command, "--report", "sarif"]);
        Assert.Equal(1, run.ExitCode);
        using var sarif = System.Text.Json.JsonDocument.Parse(run.Output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("level").GetString() == "error" && r.GetProperty("ruleId").GetString() is "UNITC0204" or "UNITC0223" or "UNITC0224");
    }

    [Fact]
    public void AConfigErrorIsInTheMachineReportToo()
    {
        var dir = Project("build: docs\n");
        var run = Start(dir, "build", "--report", "json");
        Assert.Equal(2, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var finding = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("UNITC0223", finding.GetProperty("rule").GetString());
        Assert.Equal(1, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void LintHonoursEveryLintSetting()
    {
        var dir = Project("build:\n  specs: units\n");
        var spec = Path.Combine(dir, "units", "L-652-0848.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("text: Lead a culture which", "text: Frobnicate a culture which"));
        var plain = Start(dir, "lint").Output;
        Assert.Contains("UNITC1001", plain);
        Assert.Contains("criterion 3.2 asks for two actions ('Support and develop')", plain);
        Assert.DoesNotContain("UNITC1032", plain);
        Assert.Contains("warning UNITC1002", plain);

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "build:\n  specs: units\nlint:\n  rules: { UNITC1002: error }\n  max_criterion_words: 10\n  extra_verbs: [frobnicate]\n  allowed_pairs: [Support and develop]\n");
        var configured = Start(dir, "lint");
        Assert.Equal(1, configured.ExitCode);
        Assert.DoesNotContain("UNITC1001", configured.Output);
        Assert.DoesNotContain("'Support and develop'", configured.Output);
        Assert.Contains("error UNITC1002", configured.Output);
        Assert.Contains("UNITC1032", configured.Output);

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "lint:\n  max_criterion_words: lots\n");
        var wrong = Start(dir, "lint");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("error UNITC0223: 'lint.max_criterion_words' must be a whole number above 0", wrong.Error);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("lint")]
    [InlineData("fmt")]
    [InlineData("align")]
    public void EveryCommandReadingSpecsHonoursTheYamlLimits(string command)
    {
        foreach (var (limit, id) in new[] { ("max_yaml_depth: 3", "UNITC0226"), ("max_yaml_nodes: 50", "UNITC0225") })
        {
            var dir = Project($"build:\n  specs: units\nlimits:\n  {limit}\n");
            var run = Start(dir, command);
            Assert.True(run.ExitCode == 1, $"{command} with {limit}: exit {run.ExitCode}\n{run.Error}{run.Output}");
            Assert.Contains(id, run.Error + run.Output);
        }
    }

    [Fact]
    public void BuildHonoursTheTemplatesFolderOfTheConfig()
    {
        var dir = Project("build:\n  specs: units\n  templates: my-templates\n  formats: md\n");
        Directory.CreateDirectory(Path.Combine(dir, "my-templates"));
        File.WriteAllText(Path.Combine(dir, "my-templates", "mapping-grid.md.sbn"), "grid of {{ unit.ref }}\n");
        Assert.Equal(0, Start(dir, "build").ExitCode);
        Assert.Equal("grid of L/652/0848\n", File.ReadAllText(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.md")));
    }
}
