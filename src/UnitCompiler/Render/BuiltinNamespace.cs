using System.Collections;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace UnitCompiler.Render;

/// <summary>
/// A built-in namespace (<c>string</c>, <c>array</c>, <c>html</c>, <c>math</c>, <c>object</c>) as
/// templates see it: every function Scriban has under that name, read-only. The few the default
/// templates call are <see cref="DirectFunction"/>s, ready at once; the rest are Scriban's own,
/// imported the first time a template asks for a name that is not among them. A build with the
/// default templates never pays for Scriban's reflection import (a fifth of a one-unit build in the
/// native binary); a template override that calls <c>string.pad_left</c> pays it once per run.
/// </summary>
internal sealed class BuiltinNamespace : IScriptObject
{
    private readonly Dictionary<string, DirectFunction> _direct;
    private readonly Lazy<ScriptObject> _all;

    public BuiltinNamespace(Func<ScriptObject> scribans, params DirectFunction[] direct)
    {
        _direct = direct.ToDictionary(f => f.Name[(f.Name.IndexOf('.', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        _all = new Lazy<ScriptObject>(() =>
        {
            var all = scribans();
            all.IsReadOnly = true;
            return all;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The namespaces, each with the functions the default templates call made direct.</summary>
    public static IEnumerable<(string Name, BuiltinNamespace Namespace)> All()
    {
        yield return ("array", new BuiltinNamespace(() => new ArrayFunctions(),
            new DirectFunction("array.join", typeof(string), 2, [Parameter<IEnumerable>("list"), Parameter<string>("delimiter"), Optional<object>("function")],
                (context, span, a) => ArrayFunctions.Join(context, span, (IEnumerable?)a[0], (string?)a[1], a[2])),
            new DirectFunction("array.map", typeof(IEnumerable), 2, [Parameter<object>("list"), Parameter<string>("member")],
                (context, span, a) => ArrayFunctions.Map(context, span, a[0], (string?)a[1])),
            new DirectFunction("array.each", typeof(IEnumerable), 2, [Parameter<IEnumerable>("list"), Parameter<object>("function")],
                (context, span, a) => ArrayFunctions.Each(context, span, (IEnumerable?)a[0], a[1]))));
        yield return ("html", new BuiltinNamespace(() => new HtmlFunctions(),
            new DirectFunction("html.escape", typeof(string), 1, [Parameter<string>("text")], (_, _, a) => HtmlFunctions.Escape((string?)a[0]))));
        yield return ("math", new BuiltinNamespace(() => new MathFunctions()));
        yield return ("object", new BuiltinNamespace(() => new ObjectFunctions()));
        yield return ("string", new BuiltinNamespace(() => new StringFunctions(),
            new DirectFunction("string.capitalize", typeof(string), 1, [Parameter<string>("text")], (_, _, a) => StringFunctions.Capitalize((string?)a[0])),
            new DirectFunction("string.downcase", typeof(string), 1, [Parameter<string>("text")], (_, _, a) => StringFunctions.Downcase((string?)a[0])),
            new DirectFunction("string.replace", typeof(string), 3, [Parameter<string>("text"), Parameter<string>("match"), Parameter<string>("replace")],
                (context, _, a) => StringFunctions.Replace(context, (string?)a[0], (string?)a[1], (string?)a[2]))));
    }

    internal IEnumerable<string> DirectNames => _direct.Keys;

    public int Count => _all.Value.Count;

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public IEnumerable<string> GetMembers() => _all.Value.GetMembers();

    public bool Contains(string member) => _direct.ContainsKey(member) || _all.Value.Contains(member);

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_direct.TryGetValue(member, out var function))
        {
            value = function;
            return true;
        }

        return _all.Value.TryGetValue(context, span, member, out value);
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => this;

    private static ScriptParameterInfo Parameter<T>(string name) => new(typeof(T), name);

    private static ScriptParameterInfo Optional<T>(string name) => new(typeof(T), name, null);
}
