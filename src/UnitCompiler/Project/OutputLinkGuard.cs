using System.Collections.Concurrent;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Finds the link, if any, a write into the output folder would go through. Each folder under the
/// root is looked at once per build (a unit's seven documents share one), each document's own
/// entry every time. A link made while the build runs, by someone who can write into the folder
/// anyway, is not caught: this guards against links that were there before, as a checkout brings them.
/// </summary>
internal sealed class OutputLinkGuard(string root)
{
    private readonly ConcurrentDictionary<string, string?> _folders = new(StringComparer.Ordinal);

    /// <summary>
    /// The first link on the way from the root (itself excluded: checked once, up front) to the folder
    /// of <paramref name="path"/>, or null. The document's own entry is the caller's to check
    /// (<see cref="FileSystemLinks.IsLink(FileSystemInfo)"/>), with the same lstat that tells it the document's size.
    /// </summary>
    public string? FindFolderLink(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        return folder.Length > root.Length ? _folders.GetOrAdd(folder, f => FileSystemLinks.FirstLink(root, f)) : null;
    }

    /// <summary>Whether <paramref name="folder"/> (the root or under it) can be entered without going through a link.</summary>
    public bool IsLinkFree(string folder) =>
        folder.Length <= root.Length || _folders.GetOrAdd(folder, f => FileSystemLinks.FirstLink(root, f)) is null;
}
