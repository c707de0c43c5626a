using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Project;

/// <summary>
/// Spec files as a git revision holds them, read with the git on the PATH (<c>git ls-tree</c>, then
/// one <c>git archive</c> read as a tar stream in memory): the working tree, the index and HEAD are
/// never touched, so a diff can run in the middle of someone's edit.
/// </summary>
public static class GitRevision
{
    /// <summary>A file of a revision: its path as the user would name it and its bytes.</summary>
    public sealed record RevisionFile(string Path, byte[] Bytes);

    /// <summary>The top folder of the repository <paramref name="folder"/> is in, or null (reported) when git is absent or it is in none.</summary>
    public static string? TopLevel(string folder, string revision, DiagnosticBag diagnostics)
    {
        var run = Git(folder, diagnostics, "rev-parse", "--show-toplevel");
        if (run is null)
        {
            return null;
        }

        if (run.Value.ExitCode != 0)
        {
            diagnostics.Add(DiagnosticCatalog.NotAGitRepository, SourceLocation.File(revision), revision, folder);
            return null;
        }

        return System.Text.Encoding.UTF8.GetString(run.Value.Output).Trim();
    }

    /// <summary>True when git knows <paramref name="revision"/> as a commit.</summary>
    public static bool Exists(string topLevel, string revision, DiagnosticBag diagnostics) =>
        !revision.StartsWith('-') && Git(topLevel, diagnostics, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}") is { ExitCode: 0 };

    /// <summary>
    /// The *.yaml and *.yml files under <paramref name="paths"/> (files or folders, relative to the
    /// current folder <paramref name="folder"/>) at <paramref name="revision"/>, named as the paths name them.
    /// </summary>
    public static IReadOnlyList<RevisionFile>? Read(string folder, string topLevel, string revision, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var top = Path.GetFullPath(topLevel);
        var prefix = Path.GetRelativePath(top, Path.GetFullPath(folder)).Replace('\\', '/');
        var specs = paths.Select(p => Path.GetRelativePath(top, Path.GetFullPath(Path.Combine(folder, p))).Replace('\\', '/')).ToList();
        var listing = Git(top, diagnostics, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", revision, "--", .. specs]);
        if (listing is not { } list)
        {
            return null;
        }

        if (list.ExitCode != 0)
        {
            diagnostics.Add(DiagnosticCatalog.GitFailed, SourceLocation.File(revision), "ls-tree", list.Error.Trim());
            return null;
        }

        var names = System.Text.Encoding.UTF8.GetString(list.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (names.Count == 0)
        {
            return [];
        }

        var archive = Git(top, diagnostics, ["archive", "--format=tar", revision, "--", .. names]);
        if (archive is not { } tar)
        {
            return null;
        }

        if (tar.ExitCode != 0)
        {
            diagnostics.Add(DiagnosticCatalog.GitFailed, SourceLocation.File(revision), "archive", tar.Error.Trim());
            return null;
        }

        var files = new List<RevisionFile>();
        using var reader = new TarReader(new MemoryStream(tar.Output));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            using var bytes = new MemoryStream();
            entry.DataStream.CopyTo(bytes);
            var name = prefix == "." ? entry.Name : Path.GetRelativePath(prefix, entry.Name).Replace('\\', '/');
            files.Add(new RevisionFile(name, bytes.ToArray()));
        }

        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    private readonly record struct GitRun(int ExitCode, byte[] Output, string Error);

    private static GitRun? Git(string folder, DiagnosticBag diagnostics, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return new GitRun(process.ExitCode, output.ToArray(), error.Result);
        }
        catch (Win32Exception e)
        {
            diagnostics.Add(DiagnosticCatalog.GitNotFound, SourceLocation.File(folder), e.Message);
            return null;
        }
    }
}
