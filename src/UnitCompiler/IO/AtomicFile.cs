namespace UnitCompiler.IO;

/// <summary>
/// Writes a file so that readers see either the old bytes or the new, never half: the bytes go to a
/// temporary file in the same folder (same volume, so the rename is atomic) and are renamed over
/// the target. A killed process leaves at most a stray temporary file, never a truncated output.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            // One write call from the caller's bytes, no stream buffer in between. No WriteThrough:
            // the rename is what keeps readers (and a killed build) from seeing half a file, and
            // forcing every document to the disk before moving on cost a disk flush per file, most
            // of a catalogue build's time, to guard against a power cut (which would also need the
            // folder synced) for files that a rebuild regenerates anyway.
            using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None))
            {
                RandomAccess.Write(handle, bytes, 0);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The same guarantee for content written as a stream, for a file too large to want whole in
    /// memory first (a build record of ten thousand units).
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
