using CsCheck;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Render;

public class ContentHashTests
{
    /// <summary>
    /// Hashing pieces one after another gives the hash of their concatenation, so a template set's
    /// fingerprint (and a build record's key) is what it was when the set's text was joined first;
    /// pieces outside ASCII (a surrogate pair whole in one piece), empty ones and ones larger than the
    /// 16 KB buffer included.
    /// </summary>
    [Fact]
    public void OfJoinedIsTheHashOfTheConcatenation()
    {
        var piece = Gen.OneOf(Gen.String[Gen.Char["ab\0é€"], 0, 40], Gen.Const("😀"), Gen.Const("\0"), Gen.Int[9_000, 20_000].Select(n => new string('é', n)));
        piece.Array[0, 8].Sample(pieces => Assert.Equal(ContentHash.Of(string.Concat(pieces)), ContentHash.OfJoined(pieces)), iter: 300);
    }
}
