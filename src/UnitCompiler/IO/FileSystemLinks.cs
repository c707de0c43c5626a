namespace UnitCompiler.IO;

/// <summary>
/// Symbolic links and Windows junctions (reparse points) on a path. A folder that came from a
/// checkout can hold a link someone else put there, and a write that follows it lands wherever it
/// points, so writers look at every step of the path themselves instead of letting the OS follow it.
/// </summary>
public static class FileSystemLinks
{
    /// <summary>True when <paramref name="path"/> itself (not what it points to) is a link or a junction; false when it is anything else or nothing.</summary>
    public static bool IsLink(string path) => IsLink(new FileInfo(path));

    /// <summary>
    /// <see cref="IsLink(string)"/> of an entry the caller holds, so the one lstat also answers its
    /// questions about the entry (does it exist, its size).
    /// </summary>
    public static bool IsLink(FileSystemInfo entry)
    {
        try
        {
            // The attributes are the entry's own (lstat): a link reports itself, even a dangling one,
            // and .NET marks Unix symbolic links as reparse points as Windows marks links and junctions.
            // FileInfo rather than File.GetAttributes: a path with nothing there yet (most of a first
            // build's) gives -1 instead of an exception.
            var attributes = entry.Attributes;
            return (int)attributes != -1 && (attributes & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // unreadable: the write that follows reports it
        }
    }

    /// <summary>
    /// The first entry below <paramref name="root"/> (the root itself is the caller's to check) down to
    /// <paramref name="path"/> (included) that is a link, or null when none is. <paramref name="path"/> must be under
    /// <paramref name="root"/>; both are full paths. Entries that do not exist yet are no links.
    /// </summary>
    public static string? FirstLink(string root, string path)
    {
        var current = root;
        foreach (var step in Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, step);
            if (IsLink(current))
            {
                return current;
            }
        }

        return null;
    }
}
