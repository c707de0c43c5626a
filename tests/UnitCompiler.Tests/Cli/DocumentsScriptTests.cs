using System.Diagnostics;

namespace UnitCompiler.Tests.Cli;

/// <summary>
/// tools/ci/documents.sh, the commands of the documents workflow, run as CI runs them: in a git
/// repository of specs, with unitc as the workflow gets it (here the built unitc.dll).
/// </summary>
public class DocumentsScriptTests
{
    private static readonly string Script = Path.Combine(TestPaths.RepositoryRoot, "tools", "ci", "documents.sh");

    private sealed record Run(int ExitCode, string Output, string Error);

    private static Run Documents(GitRepository repo, IDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = repo.Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Script);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["UNITC"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "unitc.dll")}";
        info.Environment["UNITC_FORMATS"] = "html,md";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "documents.sh did not finish in 120 s");
        return new Run(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static GitRepository SpecRepository()
    {
        var repo = GitRepository.Create("ci-documents");
        repo.Write("spec/L-652-0848.yaml", File.ReadAllText(TestPaths.TestFile("diff", "meaning", "old.yaml")));
        repo.Commit("first issue", "v1");
        return repo;
    }

    private static int Commits(GitRepository repo) => int.Parse(repo.Git("rev-list", "--count", "HEAD").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [SkippableFact]
    public void RegenerateCommitsTheDocumentsOnceAndCheckThenPasses()
    {
        Skip.If(OperatingSystem.IsWindows(), "the workflow runs the script with bash on Linux");
        var repo = SpecRepository();
        Assert.Equal(1, Documents(repo, null, "check").ExitCode);

        var commit = new Dictionary<string, string> { ["UNITC_COMMIT"] = "1" };
        var first = Documents(repo, commit, "regenerate");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(2, Commits(repo));
        Assert.Equal("Regenerate documents [skip ci]", repo.Git("log", "-1", "--format=%s").Trim());
        Assert.Equal("github-actions[bot]", repo.Git("log", "-1", "--format=%an").Trim());
        Assert.Contains("out/L-652-0848/assessor-checklist.html", repo.Git("show", "--name-only", "--format=", "HEAD"));
        Assert.DoesNotContain(".unitc-build", repo.Git("show", "--name-only", "--format=", "HEAD")); // machine state, not documents
        Assert.Empty(repo.Git("status", "--porcelain", "--untracked-files=no"));

        // Nothing changed: no commit, so a run can never feed the next.
        var second = Documents(repo, commit, "regenerate");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("nothing to commit", second.Output);
        Assert.Equal(2, Commits(repo));

        var check = Documents(repo, null, "check");
        Assert.True(check.ExitCode == 0, check.Error);
    }

    [SkippableFact]
    public void RegenerateWithoutOptingInCommitsNothing()
    {
        Skip.If(OperatingSystem.IsWindows(), "the workflow runs the script with bash on Linux");
        var repo = SpecRepository();
        var run = Documents(repo, null, "regenerate");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(repo.Folder, "out", "L-652-0848", "learner-workbook.md")));
        Assert.Equal(1, Commits(repo));
    }

    [SkippableFact]
    public void CommentWritesTheMarkdownDiffAndEveryFormat()
    {
        Skip.If(OperatingSystem.IsWindows(), "the workflow runs the script with bash on Linux");
        var repo = SpecRepository();
        repo.Write("spec/L-652-0848.yaml", File.ReadAllText(TestPaths.TestFile("diff", "meaning", "new.yaml")));
        var run = Documents(repo, null, "comment", "v1");
        Assert.True(run.ExitCode == 0, run.Error);
        var diff = File.ReadAllText(Path.Combine(repo.Folder, "artifacts", "spec-diff.md"));
        Assert.StartsWith("## Spec changes\n\n1 change: 1 material, 0 editorial.", diff);
        Assert.Contains("~~Assess~~ <ins>Describe</ins>", diff);
        var documents = Directory.GetFiles(Path.Combine(repo.Folder, "artifacts", "documents", "L-652-0848")).Select(Path.GetFileName).Order().ToList();
        Assert.Contains("assessor-checklist.html", documents);
        Assert.Contains("mapping-grid.md", documents);
    }

    [SkippableFact]
    public void AnUnknownModeIsAUsageError()
    {
        Skip.If(OperatingSystem.IsWindows(), "the workflow runs the script with bash on Linux");
        var run = Documents(SpecRepository(), null, "publish");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown mode 'publish'", run.Error);
    }
}
