using System.Diagnostics;

namespace UnitCompiler.Tests.Cli;

/// <summary>A throw-away git repository in a test folder, driven by the git on the PATH.</summary>
internal sealed class GitRepository
{
    private GitRepository(string folder) => Folder = folder;

    public string Folder { get; }

    public static GitRepository Create(string purpose)
    {
        var repo = new GitRepository(TestFolders.Create(purpose));
        repo.Git("init", "--quiet", "--initial-branch=main");
        repo.Git("config", "user.email", "tests@unitc.invalid");
        repo.Git("config", "user.name", "unitc tests");
        repo.Git("config", "commit.gpgsign", "false");
        return repo;
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Commit(string message, string? tag = null)
    {
        Git("add", "-A");
        Git("commit", "--quiet", "-m", message);
        if (tag is not null)
        {
            Git("tag", tag);
        }
    }

    public string Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "git did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
        return output.Result;
    }
}
