using System.IO.Compression;

namespace UnitCompiler.Render.Office;

/// <summary>
/// Office documents are zip packages, and System.IO.Packaging stamps every entry with the time it
/// was written. The build compares bytes to skip unchanged documents and <c>--check</c> compares
/// them to find stale ones, so a package is rewritten with its entries in name order (the content
/// types first, as Office expects) and one fixed time.
/// </summary>
internal static class DeterministicZip
{
    // The earliest time a zip entry can hold is 1980; a fixed, plainly artificial date.
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(Stream package)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = source.Entries
                .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
