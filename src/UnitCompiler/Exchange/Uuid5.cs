using System.Security.Cryptography;
using System.Text;

namespace UnitCompiler.Exchange;

/// <summary>
/// Name-based UUIDs, version 5 (RFC 9562, section 5.5): SHA-1 of the namespace's bytes then the
/// name's UTF-8, cut to 128 bits, version 5 and variant 10 set. The same namespace and name give
/// the same UUID on any machine, which is what keeps exported identifiers stable.
/// </summary>
public static class Uuid5
{
    /// <summary>The RFC's DNS namespace, used by its published example.</summary>
    public static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    public static Guid Create(Guid ns, string name)
    {
        Span<byte> input = stackalloc byte[16];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var all = new byte[16 + nameBytes.Length];
        input.CopyTo(all);
        nameBytes.CopyTo(all, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(all, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Lowercase 8-4-4-4-12, the form CASE identifiers take.</summary>
    public static string Text(Guid ns, string name) => Create(ns, name).ToString("D");
}
