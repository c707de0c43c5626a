using Markdig;

namespace UnitCompiler.Render;

/// <summary>
/// Spec strings are Markdown inline text. Raw HTML is off, so a spec can never inject markup: a
/// "&lt;script&gt;" in a criterion is printed, not run.
/// </summary>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>HTML for inline use: the paragraph wrapper Markdig adds is removed.</summary>
    public static string ToInlineHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            html = html[3..^4];
        }

        return html.Replace("\n", " ", StringComparison.Ordinal);
    }

    public static string ToPlain(string markdown) => Model.MarkdownInline.ToPlainText(markdown);
}
