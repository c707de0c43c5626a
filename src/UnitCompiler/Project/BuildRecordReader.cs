using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Reads a build record entry by entry, in the order it was written. The record is trusted only
/// as far as it is well formed and in ascending order: a malformed line, an entry out of order or
/// a read that fails ends it there (the entry it was in included), which costs the specs after it a
/// full build, never a wrong skip. A missing record, one under another key, or a link in place of
/// the record (to /dev/zero, say: never followed) has no entries.
/// </summary>
internal sealed class BuildRecordReader : IDisposable
{
    private readonly StreamReader? _lines;
    private readonly DocumentNames _names;
    private string? _next;
    private string? _previous;

    private BuildRecordReader(StreamReader? lines, string? first, DocumentNames names)
    {
        _lines = lines;
        _next = first;
        _names = names;
    }

    public static BuildRecordReader Open(string path, string key, DocumentNames names)
    {
        StreamReader? lines = null;
        try
        {
            if (File.Exists(path) && !FileSystemLinks.IsLink(path))
            {
                // Shared for delete: the build replaces the record by a rename while this is still open.
                lines = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024), System.Text.Encoding.UTF8, false, 64 * 1024);
                if (lines.ReadLine() == BuildRecordFormat.Header && lines.ReadLine() == BuildRecordFormat.KeyPrefix + key)
                {
                    return new BuildRecordReader(lines, lines.ReadLine(), names);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // an unreadable record costs a full build, never a wrong one
        }

        lines?.Dispose();
        return new BuildRecordReader(null, null, names);
    }

    /// <summary>The next entry, or false at the end of what can be trusted.</summary>
    public bool TryRead(out string spec, out BuildRecordEntry entry)
    {
        entry = null!;
        if (_lines is null || _next is null || !BuildRecordFormat.TryParseSpec(_next, out spec, out var hash)
            || (_previous is not null && string.CompareOrdinal(spec, _previous) <= 0))
        {
            spec = string.Empty;
            return End();
        }

        var documents = new List<DocumentStamp>();
        try
        {
            while ((_next = _lines.ReadLine()) is { } line && !line.StartsWith(BuildRecordFormat.SpecPrefix, StringComparison.Ordinal))
            {
                if (!BuildRecordFormat.TryParseDocument(line, _names, documents.Count > 0 ? documents[^1].Folder : null, out var document))
                {
                    return End();
                }

                documents.Add(document);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return End();
        }

        _previous = spec;
        entry = new BuildRecordEntry(hash, [.. documents]);
        return true;
    }

    public void Dispose() => _lines?.Dispose();

    private bool End()
    {
        _next = null;
        return false;
    }
}
