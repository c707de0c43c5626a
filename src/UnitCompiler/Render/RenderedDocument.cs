namespace UnitCompiler.Render;

/// <summary>
/// A rendered document: its path under the output folder (always with "/"), its format and bytes,
/// and what its template printed, from which catalogue-wide documents are assembled.
/// </summary>
public sealed record RenderedDocument(string RelativePath, string Format, byte[] Content, string TemplateOutput);
