using System.IO.Hashing;
using System.Text;

namespace UnitCompiler.Text;

/// <summary>
/// XXH128 in lower-case hex: how a build tells that a spec or a template set changed. Not SHA-256:
/// on Linux .NET's SHA-256 is OpenSSL's, and loading and initialising libcrypto cost a one-unit
/// build about as much as parsing its spec. A build record is a cache that a user's own checkout
/// feeds, not a signature, so a fast 128-bit hash is enough (and is ten times as fast on a catalogue).
/// </summary>
public static class ContentHash
{
    /// <summary>The length of every hash this gives, in hex digits.</summary>
    public const int Length = 32;

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// The hash of the pieces joined, without joining them: the same value as <see cref="Of(string)"/>
    /// of <c>string.Concat(pieces)</c> when no piece ends in half a surrogate pair that the next
    /// completes (then each piece's UTF-8 is its part of the whole's; the template set's pieces are
    /// separated by NULs),
    /// for text as large as a template set, which joined and encoded was two copies of it to make and free.
    /// </summary>
    public static string OfJoined(IEnumerable<string> pieces)
    {
        var joined = new Joined();
        foreach (var piece in pieces)
        {
            joined.Append(piece);
        }

        return joined.Value;
    }

    /// <summary>
    /// <see cref="OfJoined"/> a piece at a time, for pieces that come over the course of a command (a
    /// build's unit specs, a window at a time): the same value, with the same condition on the pieces.
    /// </summary>
    public sealed class Joined
    {
        private readonly XxHash128 _hash = new();

        public string Value => Convert.ToHexStringLower(_hash.GetCurrentHash());

        public void Append(string piece)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(piece.Length);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(needed);
            try
            {
                _hash.Append(buffer.AsSpan(0, Encoding.UTF8.GetBytes(piece, buffer)));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
