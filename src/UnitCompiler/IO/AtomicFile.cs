using System.Diagnostics;

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
        var temp = Path.Combine(folder, TemporaryName(Path.GetFileName(full), Environment.ProcessId, Guid.NewGuid()));
        try
        {
            // One write call from the caller's bytes, no stream buffer in between. No WriteThrough:
            // the rename is what keeps readers (and a killed build) from seeing half a file, and
            // forcing every document to the disk before moving on cost a disk flush per file, most
            // of a catalogue build's time, to guard against a power cut (which would also need the
            // folder synced) for files that a rebuild regenerates anyway.
            using (var handle = OpenNew(temp, folder))
            {
                RandomAccess.Write(handle, bytes, 0);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (ArgumentOutOfRangeException e)
        {
            TryDelete(temp);
            throw TooLarge(full, e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Creates the temporary file, and its folder only when the open finds the folder missing: a
    /// unit's seven documents share one folder, and a mkdir of a folder that exists still takes the
    /// folder's lock in the kernel, where the build's threads queued for it.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string temp, string folder)
    {
        try
        {
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(folder);
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None);
        }
    }

    public static void WriteText(string path, string text) => Write(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Deletes the temporary files that killed writers left in <paramref name="folder"/>: only names of
    /// the exact form <c>.NAME.PID.GUID.tmp</c> this class makes, and only when no process PID is
    /// running, so a concurrent writer's file is never taken from under it. A file that cannot be
    /// deleted is left for next time. Returns the paths deleted.
    /// </summary>
    public static IReadOnlyList<string> RemoveStaleTemporaries(string folder)
    {
        var removed = new List<string>();
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, ".*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return removed;
        }

        foreach (var path in candidates)
        {
            if (TryParseTemporaryName(Path.GetFileName(path), out var pid) && !IsRunning(pid) && TryDelete(path))
            {
                removed.Add(path);
            }
        }

        return removed;
    }

    /// <summary>
    /// .NET reports a write past the file system's or the process's file size limit (EFBIG) as an
    /// argument out of range, though the arguments were fine: it is an I/O failure like a full disk,
    /// and is reported as one rather than crash the command.
    /// </summary>
    private static IOException TooLarge(string path, Exception inner) =>
        new($"the file is larger than the file system or the process's file size limit allows ({Path.GetFileName(path)})", inner);

    internal static string TemporaryName(string fileName, int pid, Guid id) => $".{fileName}.{pid}.{id:N}.tmp";

    /// <summary>True for <c>.NAME.PID.GUID.tmp</c> with a non-empty NAME, a decimal PID and a 32-digit hex GUID.</summary>
    internal static bool TryParseTemporaryName(string name, out int pid)
    {
        pid = 0;
        if (!name.StartsWith('.') || !name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return false;
        }

        var body = name.AsSpan(1, name.Length - 1 - ".tmp".Length);
        var guidDot = body.LastIndexOf('.');
        if (guidDot < 0 || !Guid.TryParseExact(body[(guidDot + 1)..], "N", out _) || body[(guidDot + 1)..].ContainsAnyInRange('A', 'F'))
        {
            return false;
        }

        body = body[..guidDot];
        var pidDot = body.LastIndexOf('.');
        var digits = pidDot < 0 ? [] : body[(pidDot + 1)..];
        return pidDot > 0 && !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pid) && pid > 0;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no process has this id
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    internal static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            // While writing, the original error is the one worth reporting; while cleaning, next build retries.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }
}
