using System.Text;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Writes a new build record as the build goes, atomically (<see cref="AtomicFileWriter"/>). Writing
/// is best effort: once a write fails (a full disk) the new record is abandoned and the old one
/// stays, which only costs the next build the skips it would have made: its entries are checked
/// against the specs' hashes and the documents' stamps, so it can never vouch for a changed one.
/// </summary>
internal sealed class BuildRecordWriter : IDisposable
{
    private AtomicFileWriter? _file;
    private StreamWriter? _lines;

    private BuildRecordWriter(AtomicFileWriter? file, string key)
    {
        _file = file;
        _lines = file is null ? null : new StreamWriter(file.Stream, new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
        Try(lines =>
        {
            lines.WriteLine(BuildRecordFormat.Header);
            lines.WriteLine(BuildRecordFormat.KeyPrefix + key);
        });
    }

    /// <summary>The record the file will hold, and the temporary file it is written to meanwhile.</summary>
    public string? TemporaryPath => _file?.TemporaryPath;

    public static BuildRecordWriter Create(string path, string key)
    {
        try
        {
            return new BuildRecordWriter(AtomicFileWriter.Create(path), key);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BuildRecordWriter(null, key);
        }
    }

    public void Write(string spec, BuildRecordEntry entry) => Try(lines =>
    {
        lines.WriteLine(BuildRecordFormat.SpecLine(spec, entry.SpecHash));
        foreach (var document in entry.Documents)
        {
            lines.WriteLine(BuildRecordFormat.DocumentLine(document));
        }
    });

    /// <summary>Finishes the file, not yet in place, so that it can be read back (see <see cref="AtomicFileWriter.Close"/>). False when writing failed.</summary>
    public bool Close()
    {
        Try(lines => lines.Flush());
        try
        {
            _file?.Close();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            Abandon();
        }

        _lines = null;
        return _file is not null;
    }

    /// <summary>Puts the record in place of the old one; nothing when writing failed.</summary>
    public void Commit()
    {
        if (!Close())
        {
            return;
        }

        try
        {
            _file!.Commit();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
    }

    private void Try(Action<StreamWriter> write)
    {
        if (_lines is null)
        {
            return;
        }

        try
        {
            write(_lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            Abandon();
        }
    }

    private void Abandon()
    {
        _lines = null;
        _file?.Dispose(); // deletes the temporary file
        _file = null;
    }
}
