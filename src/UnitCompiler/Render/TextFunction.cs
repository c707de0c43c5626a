using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace UnitCompiler.Render;

/// <summary>
/// A template function of unitc's own that takes text and returns text, such as <c>csv.field</c>
/// and <c>docx.runs</c>. Hand-written as an <see cref="IScriptCustomFunction"/>, not imported with
/// ScriptObject.Import, so no reflection over .NET methods is needed and Native AOT keeps working.
/// Arguments arrive as text (null stays null); a wrong count is a template error at the call.
/// </summary>
/// <param name="name">The name templates call it by, for error messages: <c>csv.field</c>.</param>
/// <param name="parameters">The parameter names; the first is required, the rest optional.</param>
/// <param name="usage">What it takes, for the error a wrong count gets: "takes one value".</param>
internal abstract class TextFunction(string name, string[] parameters, string usage) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), parameters[0]) : new ScriptParameterInfo(typeof(string), parameters[index], null);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < 1 || arguments.Count > parameters.Length)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} {usage}, not {arguments.Count} arguments");
        }

        var text = new string?[parameters.Length];
        for (var i = 0; i < arguments.Count; i++)
        {
            text[i] = arguments[i] is null ? null : context.ObjectToString(arguments[i]);
        }

        return Call(text);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The result for the arguments, one per parameter, null where not given.</summary>
    protected abstract string Call(string?[] arguments);
}
