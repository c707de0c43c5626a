using System.Buffers.Binary;
using System.IO.Compression;

namespace UnitCompiler.Render.Office;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: a fixed order ([Content_Types].xml first,
/// as Office writes it, then by name), the zip epoch (1980-01-01 00:00) as every time stamp, and
/// "made by MS-DOS" with no external attributes. ZipArchive stamps the current time and the
/// platform it runs on, so the same document would differ between runs and between Windows and
/// Linux, and the build could never skip an unchanged file.
/// </summary>
internal static class DeterministicZip
{
    private const ushort Version = 20; // 2.0: deflate
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
    private const ushort DosTime = 0;

    public static byte[] Write(IEnumerable<(string Name, byte[] Data)> entries)
    {
        var ordered = entries
            .OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        using var output = new MemoryStream();
        var central = new MemoryStream();
        foreach (var (name, data) in ordered)
        {
            var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
            var compressed = Deflate(data);
            var crc = System.IO.Hashing.Crc32.HashToUInt32(data);
            var offset = (uint)output.Position;

            WriteUInt32(output, 0x04034b50);
            WriteUInt16(output, Version);
            WriteSharedFields(output, crc, compressed.Length, data.Length, nameBytes.Length);
            output.Write(nameBytes);
            output.Write(compressed);

            WriteUInt32(central, 0x02014b50);
            WriteUInt16(central, Version); // made by: MS-DOS, spec 2.0
            WriteUInt16(central, Version);
            WriteSharedFields(central, crc, compressed.Length, data.Length, nameBytes.Length);
            WriteUInt16(central, 0); // comment
            WriteUInt16(central, 0); // disk
            WriteUInt16(central, 0); // internal attributes
            WriteUInt32(central, 0); // external attributes
            WriteUInt32(central, offset);
            central.Write(nameBytes);
        }

        var centralOffset = (uint)output.Position;
        central.Position = 0;
        central.CopyTo(output);
        WriteUInt32(output, 0x06054b50);
        WriteUInt16(output, 0);
        WriteUInt16(output, 0);
        WriteUInt16(output, (ushort)ordered.Count);
        WriteUInt16(output, (ushort)ordered.Count);
        WriteUInt32(output, (uint)central.Length);
        WriteUInt32(output, centralOffset);
        WriteUInt16(output, 0);
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return compressed.ToArray();
    }

    /// <summary>The fields a local header and its central directory record both hold, in the same order.</summary>
    private static void WriteSharedFields(Stream s, uint crc, int compressedLength, int length, int nameLength)
    {
        WriteUInt16(s, 0x0800); // names are UTF-8
        WriteUInt16(s, 8); // deflate
        WriteUInt16(s, DosTime);
        WriteUInt16(s, DosDate);
        WriteUInt32(s, crc);
        WriteUInt32(s, (uint)compressedLength);
        WriteUInt32(s, (uint)length);
        WriteUInt16(s, (ushort)nameLength);
        WriteUInt16(s, 0); // extra
    }

    private static void WriteUInt16(Stream s, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        s.Write(b);
    }

    private static void WriteUInt32(Stream s, uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        s.Write(b);
    }
}
