namespace UnitCompiler.IO;

/// <summary>
/// A file written as a stream over the course of a command, with <see cref="AtomicFile"/>'s
/// guarantee: the bytes go to a temporary file beside the target, which replaces the target only
/// at <see cref="Commit"/>. Disposed without a commit (the command failed, or chose not to keep
/// it), the temporary file is deleted and the target is as it was.
/// </summary>
public sealed class AtomicFileWriter : IDisposable
{
    private readonly string _target;
    private FileStream? _stream;
    private bool _committed;

    private AtomicFileWriter(string target, string temporary, FileStream stream)
    {
        _target = target;
        TemporaryPath = temporary;
        _stream = stream;
    }

    /// <summary>Where the bytes are until the commit.</summary>
    public string TemporaryPath { get; }

    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(AtomicFileWriter));

    public static AtomicFileWriter Create(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, AtomicFile.TemporaryName(Path.GetFileName(full), Environment.ProcessId, Guid.NewGuid()));
        return new AtomicFileWriter(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 64 * 1024));
    }

    /// <summary>Closes the temporary file, its bytes complete, without putting it in place: to be read back first.</summary>
    public void Close()
    {
        _stream?.Dispose();
        _stream = null;
    }

    public void Commit()
    {
        Close();
        File.Move(TemporaryPath, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            try
            {
                Close();
            }
            catch (IOException)
            {
                // a close that fails to flush leaves a file nobody will commit: deleted below all the same
            }

            AtomicFile.TryDelete(TemporaryPath);
        }
    }
}
