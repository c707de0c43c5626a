using System.Text;

namespace UnitCompiler.Render;

/// <summary>
/// A rendered document: its path under the output folder (always with "/"), its format and bytes,
/// and what its template printed, from which catalogue-wide documents are assembled.
/// </summary>
public sealed record RenderedDocument(string RelativePath, string Format, byte[] Content, string TemplateOutput)
{
    private string? _templateOutput = TemplateOutput;

    /// <summary>
    /// A document whose bytes are what its template printed, in UTF-8: the text is decoded from them
    /// only when asked for (no build asks, for html and md), rather than kept beside them.
    /// </summary>
    internal RenderedDocument(string relativePath, string format, byte[] utf8Content)
        : this(relativePath, format, utf8Content, null!)
    {
    }

    public string TemplateOutput
    {
        get => _templateOutput ??= Encoding.UTF8.GetString(Content);
        init => _templateOutput = value;
    }
}
