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

    /// <summary>Re-packs an existing zip (what System.IO.Packaging wrote) deterministically.</summary>
    public static byte[] Repack(byte[] zip)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            foreach (var entry in archive.Entries)
            {
                using var data = new MemoryStream();
                using (var s = entry.Open())
                {
                    s.CopyTo(data);
                }

                entries.Add((entry.FullName, data.ToArray()));
            }
        }

        return Write(entries);
    }

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
            var crc = Crc32(data);
            var offset = (uint)output.Position;

            WriteUInt32(output, 0x04034b50);
            WriteUInt16(output, Version);
            WriteUInt16(output, 0x0800); // names are UTF-8
            WriteUInt16(output, 8); // deflate
            WriteUInt16(output, DosTime);
            WriteUInt16(output, DosDate);
            WriteUInt32(output, crc);
            WriteUInt32(output, (uint)compressed.Length);
            WriteUInt32(output, (uint)data.Length);
            WriteUInt16(output, (ushort)nameBytes.Length);
            WriteUInt16(output, 0);
            output.Write(nameBytes);
            output.Write(compressed);

            WriteUInt32(central, 0x02014b50);
            WriteUInt16(central, Version); // made by: MS-DOS, spec 2.0
            WriteUInt16(central, Version);
            WriteUInt16(central, 0x0800);
            WriteUInt16(central, 8);
            WriteUInt16(central, DosTime);
            WriteUInt16(central, DosDate);
            WriteUInt32(central, crc);
            WriteUInt32(central, (uint)compressed.Length);
            WriteUInt32(central, (uint)data.Length);
            WriteUInt16(central, (ushort)nameBytes.Length);
            WriteUInt16(central, 0); // extra
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

    private static readonly uint[] CrcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
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
