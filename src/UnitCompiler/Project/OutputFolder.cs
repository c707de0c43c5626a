using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// The folder a build writes into. Every document goes through <see cref="Emit"/>: a path that
/// would leave the folder is refused, so is one that goes through a link (UNITC0330), unchanged
/// bytes are not rewritten, check mode reports instead of writing, and writes are atomic.
/// </summary>
internal sealed class OutputFolder
{
    private readonly string _folder;
    private readonly bool _check;
    private readonly OutputLinkGuard _links;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reportedLinks = new(StringComparer.Ordinal);

    public OutputFolder(string folder, bool check)
    {
        _folder = folder;
        _check = check;
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)); // 'out/' and 'out' alike
        _links = new OutputLinkGuard(Root);
    }

    public string Root { get; }

    /// <summary>
    /// Readies the folder for a build: refuses a root that is a file or a link, and, unless checking,
    /// takes the lock (<see cref="OutputLock"/>), which also proves the folder writable.
    /// <paramref name="ready"/> is false, with the reason in <paramref name="diagnostics"/>, when the
    /// build must not go on. The lock is null in check mode, which writes nothing and takes none.
    /// </summary>
    public OutputLock? Open(DiagnosticBag diagnostics, out bool ready)
    {
        ready = false;
        if (File.Exists(Root))
        {
            diagnostics.Add(DiagnosticCatalog.OutputFolderIsFile, SourceLocation.File(_folder));
            return null;
        }

        if (FileSystemLinks.IsLink(Root))
        {
            diagnostics.Add(DiagnosticCatalog.OutputThroughLink, SourceLocation.File(_folder));
            return null;
        }

        if (_check)
        {
            ready = true;
            return null;
        }

        var taken = OutputLock.TryTake(Root, _folder, diagnostics);
        ready = taken is not null;
        return taken;
    }

    /// <summary>The path the user would recognise for a full path under the root: the output folder as named, then the rest.</summary>
    public string Shown(string fullPath) => Path.Combine(_folder, Path.GetRelativePath(Root, fullPath));

    /// <summary>Counts of one unit's documents, or the whole build's, added up after the parallel part.</summary>
    public sealed class Tally
    {
        public int Written { get; private set; }

        public int Unchanged { get; private set; }

        public void Add(int written, int unchanged)
        {
            Written += written;
            Unchanged += unchanged;
        }

        public void CountWritten() => Written++;

        public void CountUnchanged(int documents = 1) => Unchanged += documents;
    }

    /// <param name="relativePath">The path under the folder, with "/".</param>
    /// <param name="content">The document's bytes.</param>
    /// <param name="source">What the document is made from, named when its path is refused.</param>
    /// <param name="tally">Counts written and unchanged documents.</param>
    /// <param name="diagnostics">Receives a refused path, a stale document (check mode) or a failed write.</param>
    public void Emit(string relativePath, byte[] content, string source, Tally tally, DiagnosticBag diagnostics)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.UnsafeOutputPath, SourceLocation.File(source), relativePath);
            return;
        }

        // One look at the document's own entry (lstat) answers both whether it is a link and, if
        // not, whether it exists and its size.
        var existing = new FileInfo(path);
        if ((_links.FindFolderLink(path) ?? (FileSystemLinks.IsLink(existing) ? path : null)) is { } link)
        {
            if (_reportedLinks.TryAdd(link, 0))
            {
                diagnostics.Add(DiagnosticCatalog.OutputThroughLink, SourceLocation.File(Shown(link))); // once, not once per document behind it
            }

            return;
        }

        // The size first: a document of another size is not read at all (nor is a huge file someone put in its place).
        if (existing.Exists && existing.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            tally.CountUnchanged();
            return;
        }

        if (_check)
        {
            diagnostics.Add(DiagnosticCatalog.StaleOutput, SourceLocation.File(Path.Combine(_folder, relativePath)), existing.Exists ? "out of date" : "missing");
            return;
        }

        if (ProjectWriter.TryWrite(path, content, diagnostics))
        {
            tally.CountWritten();
        }
    }

    /// <summary>
    /// Removes the temporary files a build killed mid-write left in the folders these documents go
    /// to; they would otherwise pile up, hidden, beside the documents. A folder reached through a
    /// link is left alone: cleaning must not delete outside the output folder either.
    /// </summary>
    public void RemoveStaleTemporaries(IEnumerable<string> relativePaths)
    {
        var folders = relativePaths
            .Select(p => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(Root, p)))!)
            .Distinct(StringComparer.Ordinal)
            .Where(f => (f == Root || f.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) && _links.IsLinkFree(f) && Directory.Exists(f));
        foreach (var folder in folders)
        {
            AtomicFile.RemoveStaleTemporaries(folder);
        }
    }
}
