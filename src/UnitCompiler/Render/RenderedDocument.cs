namespace UnitCompiler.Render;

/// <summary>A rendered document: its path under the output folder (always with "/") and its bytes.</summary>
public sealed record RenderedDocument(string RelativePath, byte[] Content);
