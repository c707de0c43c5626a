using System.Security.Cryptography;
using System.Text;

namespace UnitCompiler.Text;

/// <summary>SHA-256 in lower-case hex: how a build tells that a spec or a template set changed.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
