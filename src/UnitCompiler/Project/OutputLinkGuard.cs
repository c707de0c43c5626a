using System.Collections.Concurrent;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Finds the link, if any, a write into the output folder would go through. A folder under the root
/// is looked at once while its documents are written (a unit's seven documents share one), each
/// document's own entry every time. A link made while the build runs, by someone who can write into
/// the folder anyway, is not caught: this guards against links that were there before, as a checkout brings them.
/// </summary>
internal sealed class OutputLinkGuard(string root)
{
    /// <summary>
    /// Folders remembered at most: a unit's folder is asked about while that unit is written, not
    /// after, so remembering every folder of a large catalogue would only grow the build's memory.
    /// </summary>
    private const int Remembered = 1024;

    private readonly ConcurrentDictionary<string, string?> _folders = new(StringComparer.Ordinal);
    private int _looked;

    /// <summary>
    /// The first link on the way from the root (itself excluded: checked once, up front) to the folder
    /// of <paramref name="path"/>, or null. The document's own entry is the caller's to check
    /// (<see cref="FileSystemLinks.IsLink(FileSystemInfo)"/>), with the same lstat that tells it the document's size.
    /// </summary>
    public string? FindFolderLink(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        return folder.Length > root.Length ? FirstLink(folder) : null;
    }

    /// <summary>Whether <paramref name="folder"/> (the root or under it) can be entered without going through a link.</summary>
    public bool IsLinkFree(string folder) => folder.Length <= root.Length || FirstLink(folder) is null;

    private string? FirstLink(string folder)
    {
        if (_folders.TryGetValue(folder, out var link))
        {
            return link;
        }

        link = FileSystemLinks.FirstLink(root, folder);
        if (Interlocked.Increment(ref _looked) % Remembered == 0)
        {
            _folders.Clear();
        }

        _folders.TryAdd(folder, link);
        return link;
    }
}
