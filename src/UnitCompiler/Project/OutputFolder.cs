using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// The folder a build writes into. Every document goes through <see cref="Emit"/>: a path that
/// would leave the folder is refused, unchanged bytes are not rewritten, check mode reports
/// instead of writing, and writes are atomic.
/// </summary>
internal sealed class OutputFolder(string folder, bool check)
{
    public string Root { get; } = Path.GetFullPath(folder);

    /// <summary>Counts of one unit's documents, or the whole build's, added up after the parallel part.</summary>
    public sealed class Tally
    {
        public int Written { get; private set; }

        public int Unchanged { get; private set; }

        public void Add(Tally other)
        {
            Written += other.Written;
            Unchanged += other.Unchanged;
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

        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            tally.CountUnchanged();
            return;
        }

        if (check)
        {
            diagnostics.Add(DiagnosticCatalog.StaleOutput, SourceLocation.File(Path.Combine(folder, relativePath)), File.Exists(path) ? "out of date" : "missing");
            return;
        }

        if (ProjectWriter.TryWrite(path, content, diagnostics))
        {
            tally.CountWritten();
        }
    }

    /// <summary>
    /// Removes the temporary files a build killed mid-write left in the folders these documents go
    /// to; they would otherwise pile up, hidden, beside the documents.
    /// </summary>
    public void RemoveStaleTemporaries(IEnumerable<string> relativePaths)
    {
        var folders = relativePaths
            .Select(p => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(Root, p)))!)
            .Distinct(StringComparer.Ordinal)
            .Where(f => (f == Root || f.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) && Directory.Exists(f));
        foreach (var folder in folders)
        {
            AtomicFile.RemoveStaleTemporaries(folder);
        }
    }
}
