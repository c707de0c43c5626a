using System.Text.Json;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Output;
using UnitCompiler.Project;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Lint;

public class LintOutputTests
{
    private static readonly IReadOnlyList<LintFinding> Findings = ProjectLint.Run([TestPaths.Seed("000_49d6381e8fb9538e.txt")], LintConfig.Default);

    [Fact]
    public void TextIsTheMsBuildCanonicalForm() =>
        Assert.Matches(@"^.+000_49d6381e8fb9538e\.txt\(\d+,\d+\): warning UNITC1002: criterion 3\.1 asks for two actions \('Develop and implement'\)", LintReportWriter.Text(Findings).Split('\n').First(l => l.Contains("UNITC1002")));

    [Fact]
    public void JsonHasRuleSeverityMessageFileLineColumnAndCriterion()
    {
        using var doc = JsonDocument.Parse(LintReportWriter.Json(Findings));
        var compound = doc.RootElement.EnumerateArray().First(e => e.GetProperty("rule").GetString() == "UNITC1002");
        Assert.Equal("warning", compound.GetProperty("severity").GetString());
        Assert.Equal("3.1", compound.GetProperty("criterion").GetString());
        Assert.Equal(21, compound.GetProperty("line").GetInt32());
        Assert.True(compound.GetProperty("column").GetInt32() > 1);
        Assert.EndsWith("000_49d6381e8fb9538e.txt", compound.GetProperty("file").GetString());
    }

    [Fact]
    public void SarifHasWhatCodeScanningRequires()
    {
        using var doc = JsonDocument.Parse(LintReportWriter.Sarif(Findings));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("unitc", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("UNITC1002", ruleIds);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Findings.Count, results.Count);
        foreach (var r in results)
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("ruleId").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            var physical = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.DoesNotContain("\\", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(physical.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("partialFingerprints").GetProperty("unitcFinding/v1").GetString()));
        }
    }

    [Fact]
    public void GitHubAnnotationsEscapeTheirProperties()
    {
        var line = LintReportWriter.GitHub(Findings).Split('\n').First(l => l.Contains("UNITC1002"));
        Assert.Matches(@"^::warning file=[^:,]+,line=21,col=\d+,endLine=21,endColumn=\d+,title=UNITC1002::criterion 3\.1 asks", line);
    }

    /// <summary>The CLI hands the report to the output a file at a time; the pieces must join into the same report.</summary>
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void ReportFlushedPerFileIsTheWholeReport(string format)
    {
        var perFile = ProjectLint.LintFiles([TestPaths.Seed("000_49d6381e8fb9538e.txt"), Path.Combine(TestPaths.RepositoryRoot, "spec")], LintConfig.Default).ToList();
        Assert.True(perFile.Count(f => f.Count > 0) >= 2);
        using var output = new StringWriter { NewLine = "\n" };
        var flushed = new List<int>();

        using (var report = LintReportWriter.Create(format, output))
        {
            foreach (var findings in perFile)
            {
                foreach (var finding in findings)
                {
                    report.Add(finding);
                }

                report.Flush();
                flushed.Add(output.GetStringBuilder().Length);
            }

            report.Complete();
        }

        Assert.True(flushed[0] > 0, "nothing reached the output after the first file");
        Assert.Equal(LintReportWriter.Write(format, perFile.SelectMany(f => f)), output.ToString());
        if (format is "json" or "sarif")
        {
            using var _ = JsonDocument.Parse(output.ToString());
        }
    }

    [Fact]
    public void LintProcessExitCodes()
    {
        var dir = TempFolder();
        var seed = TestPaths.Seed("000_49d6381e8fb9538e.txt");
        Assert.Equal(0, Start(dir, "lint", seed).ExitCode);
        Assert.Equal(1, Start(dir, "lint", seed, "--warnings-as-errors").ExitCode);
        Assert.Equal(2, Start(dir, "lint", seed, "--format", "xml").ExitCode);

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "lint:\n  rules:\n    UNITC1002: error\n");
        var strict = Start(dir, "lint", seed);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("error UNITC1002", strict.Output);

        File.WriteAllText(Path.Combine(dir, "unitc.yaml"), "lint:\n  rulez: {}\n");
        var bad = Start(dir, "lint", seed);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unitc.yaml(2,3): error UNITC0221", bad.Error);
    }

    [Fact]
    public void ExplainPrintsWhatWhyAndExamples()
    {
        var run = Start(TempFolder(), "lint", "--explain", "UNITC1002");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("UNITC1002: Two actions in one criterion", run.Output);
        Assert.Contains("Bad: 3.1 Develop and implement a plan", run.Output);
        Assert.Equal(2, Start(TempFolder(), "lint", "--explain", "UNITC9999").ExitCode);
    }
}
