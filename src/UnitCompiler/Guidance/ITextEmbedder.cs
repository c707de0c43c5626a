namespace UnitCompiler.Guidance;

/// <summary>
/// Turns texts into sentence vectors: the seam through which a semantic model scores criteria. The
/// library and the native <c>unitc</c> carry no model; src/Unitc.Semantic supplies one (MiniLM) to
/// <see cref="GuidanceAligner.Align(UnitCompiler.Model.Unit, AlignerSettings, ITextEmbedder)"/>.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>One vector per text, in order; vectors of one embedder all have the same length.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
