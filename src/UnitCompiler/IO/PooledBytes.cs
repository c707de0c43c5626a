using System.Buffers;

namespace UnitCompiler.IO;

/// <summary>
/// A file's bytes in a buffer borrowed from the shared pool, given back on dispose: a build reads
/// every spec to hash it and, when the record shows its documents are current, needs the bytes
/// no longer than that, so ten thousand specs are read through a few buffers instead of ten
/// thousand new arrays (most of what an unchanged rebuild allocated, and so of its collections).
/// </summary>
public sealed class PooledBytes : IDisposable
{
    private byte[]? _buffer;

    private PooledBytes(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(0, Length);

    /// <summary>Reads the whole file (as it is when opened) into a pooled buffer.</summary>
    internal static PooledBytes Read(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is larger than {Array.MaxLength} bytes");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        var read = 0;
        try
        {
            int n;
            while (read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0)
            {
                read += n;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new PooledBytes(buffer, read);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
