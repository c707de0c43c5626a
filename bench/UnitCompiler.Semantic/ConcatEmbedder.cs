using UnitCompiler.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// Two models as one: each vector scaled to unit length and the two joined, so the cosine of joined
/// vectors is the mean of the two models' cosines.
/// </summary>
public sealed class ConcatEmbedder(ITextEmbedder first, ITextEmbedder second) : ITextEmbedder
{
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var a = first.Embed(texts);
        var b = second.Embed(texts);
        return [.. a.Zip(b, (x, y) => Unit(x).Concat(Unit(y)).ToArray())];
    }

    private static float[] Unit(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : [.. v.Select(x => x / norm)];
    }
}
