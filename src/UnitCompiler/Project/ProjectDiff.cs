using System.Collections.Immutable;
using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>What a diff compared and found; <see cref="After"/> is the working tree's specs when <see cref="AfterIsWorkingTree"/>.</summary>
public sealed record DiffAnswer(ChangeSet Changes, LoadedCatalogue? Before, LoadedCatalogue? After, bool AfterIsWorkingTree, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// <c>unitc diff</c>: two sides, each a spec file or folder that exists or a git revision of the
/// project's spec folders. <c>OLD NEW</c> names both; <c>REV</c> compares a revision with the working
/// tree; <c>A..B</c> two revisions; nothing, HEAD with the working tree, as <c>git diff</c> does.
/// </summary>
public static class ProjectDiff
{
    /// <param name="arguments">What the user named: none, one, two, or one <c>A..B</c>.</param>
    /// <param name="folder">The folder the command runs in (revisions are read from its repository).</param>
    /// <param name="specs">The project's spec files and folders (<c>build.specs</c>): the working tree side, and what is read of a revision.</param>
    /// <param name="limits">What one input may cost.</param>
    /// <param name="settings">How changes are classed.</param>
    public static DiffAnswer Run(IReadOnlyList<string> arguments, string folder, IReadOnlyList<string> specs, InputLimits limits, DiffSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        var (old, now) = arguments switch
        {
            [] => ("HEAD", null),
            [var range] when !Exists(folder, range) && range.Split("..") is [{ Length: > 0 } a, { Length: > 0 } b] => (a, b),
            [var one] => (one, null),
            [var a, var b] => (a, (string?)b),
            _ => throw new ArgumentException("unitc diff compares two sides", nameof(arguments)),
        };

        var git = new Lazy<string?>(() => GitRevision.TopLevel(folder, old, diagnostics));
        var oldFiles = Side(old, folder, specs, limits, git, diagnostics);
        var newFiles = now is null ? WorkingTree(folder, specs, limits, diagnostics) : Side(now, folder, specs, limits, git, diagnostics);
        if (oldFiles is null || newFiles is null || diagnostics.HasErrors)
        {
            return new DiffAnswer(ChangeSet.Empty, null, null, now is null, diagnostics.ToImmutable());
        }

        // A spec whose bytes are the same on both sides holds no change: it is not parsed at all, so
        // a diff costs what changed, not the size of the catalogue (as git compares blobs by hash).
        var unchanged = oldFiles.Join(newFiles, f => f.Key, f => f.Key, (a, b) => (a, b), StringComparer.Ordinal)
            .Where(p => p.a.Bytes.AsSpan().SequenceEqual(p.b.Bytes))
            .Select(p => p.a.Key)
            .ToHashSet(StringComparer.Ordinal);
        var before = CatalogueLoader.Load(oldFiles.Where(f => !unchanged.Contains(f.Key)).Select(f => (f.Path, f.Bytes)), limits, diagnostics);
        var after = CatalogueLoader.Load(newFiles.Where(f => !unchanged.Contains(f.Key)).Select(f => (f.Path, f.Bytes)), limits, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new DiffAnswer(ChangeSet.Empty, before, after, now is null, diagnostics.ToImmutable());
        }

        return new DiffAnswer(CatalogueDiffer.Diff(before.Catalogue, after.Catalogue, settings), before, after, now is null || Exists(folder, now), diagnostics.ToImmutable());
    }

    /// <summary>A spec file of one side: <see cref="Key"/> pairs it with the other side's file at the same place.</summary>
    private sealed record SpecFile(string Key, string Path, byte[] Bytes);

    private static List<SpecFile>? Side(string name, string folder, IReadOnlyList<string> specs, InputLimits limits, Lazy<string?> git, DiagnosticBag diagnostics)
    {
        if (Exists(folder, name))
        {
            var root = Path.Combine(folder, name);
            return Read(ProjectInputs.Expand([root]), file => File.Exists(root) ? Path.GetFileName(file) : Key(root, file), limits, diagnostics);
        }

        if (git.Value is not { } top)
        {
            return null;
        }

        if (!GitRevision.Exists(top, name, diagnostics))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownRevision, SourceLocation.File(name), name);
            return null;
        }

        return GitRevision.Read(folder, top, name, specs, diagnostics)?.Select(f => new SpecFile(f.Path, $"{name}:{f.Path}", f.Bytes)).ToList();
    }

    private static List<SpecFile> WorkingTree(string folder, IReadOnlyList<string> specs, InputLimits limits, DiagnosticBag diagnostics) =>
        Read(ProjectInputs.Expand(specs.Select(s => Path.Combine(folder, s))), file => Key(folder, file), limits, diagnostics);

    private static List<SpecFile> Read(IEnumerable<string> files, Func<string, string> key, InputLimits limits, DiagnosticBag diagnostics)
    {
        var read = new List<SpecFile>();
        foreach (var file in files)
        {
            if (InputFile.ReadBytes(file, limits, diagnostics) is { } bytes)
            {
                read.Add(new SpecFile(key(file), file, bytes));
            }
        }

        return read;
    }

    private static string Key(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static bool Exists(string folder, string path) => File.Exists(Path.Combine(folder, path)) || Directory.Exists(Path.Combine(folder, path));
}

/// <summary><c>unitc diff --write-history</c>: drafted rows written into the working tree's specs, in canonical form.</summary>
public static class ProjectHistory
{
    /// <summary>The files written; nothing when the new side is not the working tree (a revision cannot be written to).</summary>
    public static IReadOnlyList<string> Write(DiffAnswer answer, IEnumerable<HistoryDraft> drafts, DiagnosticBag diagnostics)
    {
        if (!answer.AfterIsWorkingTree || answer.After is not { } after)
        {
            return [];
        }

        var units = after.Catalogue.Units.ToDictionary(u => u.Header.Ref, StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var draft in drafts)
        {
            if (units.TryGetValue(draft.Ref, out var unit) && after.UnitFiles.TryGetValue(draft.Ref, out var file)
                && ProjectWriter.TryWriteText(file, Spec.SpecWriter.Write(HistoryDrafter.Apply(unit, draft)), diagnostics))
            {
                written.Add(file);
            }
        }

        return written;
    }
}
