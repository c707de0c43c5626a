using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace UnitCompiler.Render.Docx;

/// <summary>
/// <c>docx.runs text [style]</c> (Markdown inline to runs) and <c>docx.run text [style]</c> (plain
/// text to one run) for docx templates. A hand-written <see cref="IScriptCustomFunction"/>, not
/// ScriptObject.Import, so no reflection over .NET methods is needed and Native AOT keeps working.
/// </summary>
internal sealed class WordRunsFunction(bool markdown) : IScriptCustomFunction
{
    public static ScriptObject CreateObject()
    {
        var docx = new ScriptObject
        {
            ["runs"] = new WordRunsFunction(markdown: true),
            ["run"] = new WordRunsFunction(markdown: false),
        };
        docx.IsReadOnly = true;
        return docx;
    }

    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "text") : new ScriptParameterInfo(typeof(string), "style", null);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count is < 1 or > 2)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"docx.{(markdown ? "runs" : "run")} takes the text and optionally a character style id, not {arguments.Count} arguments");
        }

        var text = arguments[0] is null ? string.Empty : context.ObjectToString(arguments[0]) ?? string.Empty;
        var style = arguments.Count > 1 && arguments[1] is not null ? context.ObjectToString(arguments[1]) : null;
        return markdown ? WordRuns.FromMarkdown(text, style) : WordRuns.FromPlain(text, style);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
