using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace UnitCompiler.Render;

/// <summary>
/// One of Scriban's built-in functions (<c>string.downcase</c>, <c>array.join</c>, ...) called
/// straight rather than through Scriban's import. The import finds each function by reflection and
/// builds Scriban's table of every built-in's signature on first use: in the native binary that was
/// a fifth of a one-unit build. This declares the same parameters (names, types, defaults) as the
/// .NET method, so Scriban converts arguments for it exactly as for the imported function, and calls
/// that same method; <see cref="BuiltinNamespace"/> says which functions are called this way.
/// </summary>
/// <param name="name">The name templates call it by, for the error a wrong count gets: <c>string.replace</c>.</param>
/// <param name="returnType">The .NET method's return type.</param>
/// <param name="required">How many arguments a call must give.</param>
/// <param name="parameters">The script parameters, context and span left out; those after <paramref name="required"/> have defaults.</param>
/// <param name="call">Calls the .NET method with the arguments, converted, defaults filled in.</param>
internal sealed class DirectFunction(string name, Type returnType, int required, ScriptParameterInfo[] parameters, Func<TemplateContext, SourceSpan, ScriptArray, object?> call)
    : IScriptCustomFunction
{
    public string Name => name;

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < required || arguments.Count > parameters.Length)
        {
            throw new ScriptRuntimeException(span, $"Invalid number of arguments `{arguments.Count}` passed to `{name}` while expecting {(required == parameters.Length ? $"`{required}`" : $"`{required}` to `{parameters.Length}`")} arguments");
        }

        for (var i = arguments.Count; i < parameters.Length; i++)
        {
            arguments.Add(parameters[i].DefaultValue);
        }

        return call(context, span, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
