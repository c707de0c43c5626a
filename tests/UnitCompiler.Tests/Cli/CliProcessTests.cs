using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>Exit codes and messages of the real process: what users and CI see.</summary>
public class CliProcessTests
{
    private static readonly string Seed = TestPaths.Seed("000_49d6381e8fb9538e.txt");

    [Fact]
    public void ImportWritesTheSpecUnderSpecByReference()
    {
        var dir = TempFolder();
        var run = Start(dir, "import", Seed);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning UNITC0101", run.Error);
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        Assert.True(File.Exists(spec));
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "spec"), "*.tmp"));

        Assert.Equal(0, Start(dir, "fmt", "--check").ExitCode);
    }

    [Fact]
    public void ImportToStandardOutput()
    {
        var run = Start(TempFolder(), "import", Seed, "--output", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=unitc.schema.json\nunitc: 4\n", run.Output);
    }

    [Fact]
    public void BadInputExitsOneNamingTheFileAndLineWithNoStackTraceAndNoOutput()
    {
        var dir = TempFolder();
        var bad = Path.Combine(dir, "bad.txt");
        File.WriteAllText(bad, File.ReadAllText(Seed).Replace("<p>2.3 Evaluate how", "<p>2.2 Evaluate how"));
        var run = Start(dir, "import", bad, "--output", "out.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"bad\.txt\(\d+,\d+\): error UNITC0204: criterion 2\.2 appears more than once", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(File.Exists(Path.Combine(dir, "out.yaml")));
    }

    [Fact]
    public void MissingFileExitsOne()
    {
        var run = Start(TempFolder(), "import", "nope.txt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt: error UNITC0001: file not found", run.Error);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("frobnicate")]
    [InlineData("fmt", "--chek")]
    public void WrongUsageExitsTwo(params string[] args)
    {
        var run = Start(TempFolder(), args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unitc --help", run.Error);
    }

    [Fact]
    public void FmtCheckNamesFilesThatAreNotCanonicalAndWritesNothing()
    {
        var dir = TempFolder();
        Assert.Equal(0, Start(dir, "import", Seed).ExitCode);
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        var messy = File.ReadAllText(spec).Replace("  level: 5\n", "  level:    5\n");
        File.WriteAllText(spec, messy);

        var check = Start(dir, "fmt", "--check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("L-652-0848.yaml: error UNITC0228", check.Error);
        Assert.Equal(messy, File.ReadAllText(spec));

        Assert.Equal(0, Start(dir, "fmt").ExitCode);
        Assert.Equal(0, Start(dir, "fmt", "--check").ExitCode);
    }

    [Fact]
    public void VerifyReportsNothingLostOnTheSeed()
    {
        var run = Start(TempFolder(), "import", Seed, "--verify", "--output", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("UNITC0115", run.Error);
    }

    [Fact]
    public void SchemaPrintsJsonSchema()
    {
        var run = Start(TempFolder(), "schema");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", run.Output);
    }
}
