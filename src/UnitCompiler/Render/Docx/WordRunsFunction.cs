using Scriban.Runtime;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// <c>docx.runs text [style]</c> (Markdown inline to runs) and <c>docx.run text [style]</c> (plain
/// text to one run) for docx templates.
/// </summary>
internal sealed class WordRunsFunction(bool markdown)
    : TextFunction(markdown ? "docx.runs" : "docx.run", ["text", "style"], "takes the text and optionally a character style id")
{
    public static ScriptObject CreateObject() => new(2)
    {
        ["runs"] = new WordRunsFunction(markdown: true),
        ["run"] = new WordRunsFunction(markdown: false),
    };

    protected override string Call(string?[] arguments)
    {
        var (text, style) = (arguments[0] ?? string.Empty, arguments[1]);
        return markdown ? WordRuns.FromMarkdown(text, style) : WordRuns.FromPlain(text, style);
    }
}
