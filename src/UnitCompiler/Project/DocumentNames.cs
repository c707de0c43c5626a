using System.Collections.Concurrent;

namespace UnitCompiler.Project;

/// <summary>
/// The file names of a build record's documents, held once: every unit has documents of the same
/// few names, so ten thousand units share seven strings instead of holding seventy thousand.
/// </summary>
internal sealed class DocumentNames
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// The stamp of <paramref name="relativePath"/>; its folder is <paramref name="previousFolder"/>
    /// (the same string) when the two are equal, as they are for a unit's documents.
    /// </summary>
    public DocumentStamp Stamp(string relativePath, string? previousFolder, long length, long lastWriteTicks)
    {
        var name = Path.GetFileName(relativePath.AsSpan());
        var folder = relativePath.AsSpan(0, relativePath.Length - name.Length);
        return new DocumentStamp(
            folder.IsEmpty ? string.Empty : previousFolder is not null && folder.SequenceEqual(previousFolder) ? previousFolder : folder.ToString(),
            Shared(name),
            length,
            lastWriteTicks);
    }

    private string Shared(ReadOnlySpan<char> name) =>
        _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var shared) ? shared : _names.GetOrAdd(name.ToString(), static n => n);
}
