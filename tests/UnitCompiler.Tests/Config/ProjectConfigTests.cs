using UnitCompiler.Project;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Tests.Cli;

namespace UnitCompiler.Tests.Config;

public class ProjectConfigTests
{
    private static (ProjectConfig Config, List<string> Problems) Read(string yaml)
    {
        var dir = UnitcProcess.TempFolder();
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), yaml);
        var bag = new DiagnosticBag();
        var config = ProjectConfigReader.Read(dir, bag);
        return (config, bag.ToImmutable().Select(d => $"({d.Location.Line + 1},{d.Location.Column + 1}) {d.Id}: {d.Message}").ToList());
    }

    [Theory]
    [InlineData("8MB", 8L << 20)]
    [InlineData("512 kb", 512L << 10)]
    [InlineData("1GB", 1L << 30)]
    [InlineData("2048", 2048L)]
    [InlineData("100B", 100L)]
    public void SizesReadAsPeopleWriteThem(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-4MB")]
    [InlineData("0")]
    [InlineData("4.5MB")]
    [InlineData("4 TB")]
    [InlineData("99999999999GB")]
    public void NonsenseSizesAreRefused(string text) => Assert.False(ByteSize.TryParse(text, out _));

    [Fact]
    public void LimitsAreReadWhereverTheSectionStands()
    {
        var (config, problems) = Read("limits:\n  max_input_size: 16MB\n  max_yaml_depth: 20\n  max_yaml_nodes: 5000\nbuild:\n  output: docs\n");
        Assert.Empty(problems);
        Assert.Equal(new InputLimits(16L << 20, 20, 5000), config.Limits);
        Assert.Equal("docs", config.Output);
    }

    [Fact]
    public void NoLimitsSectionMeansTheDefaults() => Assert.Equal(InputLimits.Default, Read("build:\n  output: docs\n").Config.Limits);

    [Fact]
    public void BadLimitsAreReportedAtTheirLineAndTheDefaultsKept()
    {
        var (config, problems) = Read("limits:\n  max_input_size: lots\n  max_yaml_depth: -1\n  max_nodes: 3\n");
        Assert.Equal(InputLimits.Default, config.Limits);
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("(2,19) UNITC0", problems[0]);
        Assert.Contains("limits.max_input_size", problems[0]);
        Assert.Contains("a size such as 8MB", problems[0]);
        Assert.StartsWith("(3,19)", problems[1]);
        Assert.Contains("limits.max_yaml_depth", problems[1]);
        Assert.StartsWith("(4,3)", problems[2]);
        Assert.Contains("max_nodes", problems[2]);
    }

    [Fact]
    public void EveryCommandThatReadsInputHonoursTheConfiguredSizeLimit()
    {
        var dir = UnitcProcess.TempFolder();
        File.Copy(TestPaths.Seed("000_49d6381e8fb9538e.txt"), Path.Combine(dir, "unit.txt"));
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        Assert.Equal(0, UnitcProcess.Start(dir, "import", "unit.txt", "--output", "-").ExitCode);

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "limits:\n  max_input_size: 1KB\n");
        foreach (var args in new[] { new[] { "import", "unit.txt", "--output", "-" }, ["build"], ["lint"], ["fmt", "--check"], ["align"] })
        {
            var run = UnitcProcess.Start(dir, args);
            Assert.True(run.ExitCode == 1, $"{string.Join(' ', args)}: exit {run.ExitCode}\n{run.Error}");
            Assert.Contains("error UNITC0006: the file is", run.Error + run.Output);
            Assert.Contains("over the limit of 1,024 bytes", run.Error + run.Output);
            Assert.DoesNotContain("   at ", run.Error);
        }

        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData("0", 0.0)]
    [InlineData("1", 1.0)]
    public void ThePrintConfidenceIsANumberFromZeroToOne(string text, double expected)
    {
        var (config, problems) = Read($"build:\n  print_confidence: {text}\n");
        Assert.Empty(problems);
        Assert.Equal(expected, config.PrintConfidence);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    public void APrintConfidenceOutsideZeroToOneIsAWrongType(string text)
    {
        var (config, problems) = Read($"build:\n  print_confidence: {text}\n");
        Assert.Null(config.PrintConfidence);
        Assert.Contains(problems, p => p.StartsWith("(2,21) UNITC", StringComparison.Ordinal) && p.Contains("build.print_confidence", StringComparison.Ordinal) && p.Contains("a number from 0 to 1", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildPrintsAlignmentsAtTheConfiguredConfidence()
    {
        var dir = UnitcProcess.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        string Notes()
        {
            var run = UnitcProcess.Start(dir, "build", "--format", "md");
            Assert.True(run.ExitCode == 0, run.Error);
            var checklist = File.ReadAllText(Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.md"));
            var notes = checklist.IndexOf("## Notes for the assessor", StringComparison.Ordinal);
            return notes < 0 ? string.Empty : checklist[notes..checklist.IndexOf("## Sign-off", notes, StringComparison.Ordinal)];
        }

        // Its best score (0.184) is under the default confidence, so by default it is an assessor's note.
        const string Partnership = "partnership protocols with external agencies";
        Assert.Contains(Partnership, Notes());
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "build:\n  print_confidence: 0.1\n");
        Assert.DoesNotContain(Partnership, Notes());
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "build:\n  print_confidence: 0.21\n");
        Assert.Contains(Partnership, Notes());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("\"true\"")]
    [InlineData("1")]
    public void ConfirmedOnlyIsTrueOrFalse(string text)
    {
        var (config, problems) = Read($"build:\n  confirmed_only: {text}\n");
        Assert.Null(config.ConfirmedOnly);
        Assert.Contains(problems, p => p.StartsWith("(2,19) UNITC", StringComparison.Ordinal) && p.Contains("build.confirmed_only", StringComparison.Ordinal) && p.Contains("true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void BuildCanPrintConfirmedAlignmentsOnly()
    {
        var dir = UnitcProcess.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml"), spec);
        string Notes()
        {
            var run = UnitcProcess.Start(dir, "build", "--format", "md");
            Assert.True(run.ExitCode == 0, run.Error);
            var checklist = File.ReadAllText(Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.md"));
            var notes = checklist.IndexOf("## Notes for the assessor", StringComparison.Ordinal);
            return notes < 0 ? string.Empty : checklist[notes..checklist.IndexOf("## Sign-off", notes, StringComparison.Ordinal)];
        }

        // At confidence 0.1 the item is printed under its criteria; printing confirmed alignments only
        // sends it back to the notes until a writer confirms it, whatever its score.
        const string Partnership = "partnership protocols with external agencies";
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "build:\n  print_confidence: 0.1\n");
        Assert.DoesNotContain(Partnership, Notes());
        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "build:\n  print_confidence: 0.1\n  confirmed_only: true\n");
        Assert.Contains(Partnership, Notes());

        var yaml = File.ReadAllText(spec);
        var scores = yaml.IndexOf('\n', yaml.IndexOf("scores: [0.192, 0.15, 0.137]", StringComparison.Ordinal));
        File.WriteAllText(spec, yaml.Insert(scores + 1, "      confirmed: true\n"));
        Assert.DoesNotContain(Partnership, Notes());
    }
}
