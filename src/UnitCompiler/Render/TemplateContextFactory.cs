using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace UnitCompiler.Render;

/// <summary>
/// The one place a template context is made, so every render runs sandboxed alike: strict
/// variables (a typo fails the build), loop, recursion, output and time limits, no access to .NET
/// members (the model is script objects only), includes only from the template set.
/// </summary>
internal static class TemplateContextFactory
{
    /// <summary>
    /// The built-in function objects templates may call (string, array, html, math, object, and
    /// include, with unitc's own csv and docx), shared by every context. Scriban's own set is built
    /// and then deep-copied into every new context, which cost more than rendering a small
    /// document; this one is built once and frozen, so a template cannot change it
    /// (<c>string.downcase = 1</c> is an error) and one document cannot change how another renders.
    /// Left out on purpose: <c>date</c> and <c>timespan</c> (a document must be the same bytes on
    /// every build, so templates get no clock) and <c>regex</c> (a pattern written in a template
    /// could backtrack without bound). Scriban's namespaces come as <see cref="BuiltinNamespace"/>s,
    /// whose functions the default templates call need no reflection import.
    /// </summary>
    private static readonly ScriptObject Builtins = MakeBuiltins();

    public static TemplateContext Create(TemplateSet templates, ScriptObject model, RenderLimits limits, CancellationToken cancellation)
    {
        var context = new TemplateSetContext(templates, Builtins)
        {
            StrictVariables = true,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursiveLimit,
            OutputLimit = limits.OutputLimit,
            TemplateLoader = templates,
            MemberFilter = _ => false,
            EnableRelaxedMemberAccess = false,
            CancellationToken = cancellation,
            NewLine = "\n",
        };

        // One store for every name a template reads: Scriban looks a variable up in each global
        // store in turn, top first, with an allocated enumerator per store, and a template reads
        // thousands of variables. The built-ins and the model's top-level values are copied in
        // (references, not the objects), the model's over the built-ins as when it was pushed above
        // them. Variables and functions a template defines go here too, not into the model every
        // document of the unit shares, so one document's assignments cannot leak into the next;
        // the built-in objects stay frozen (string.downcase = 1 is still an error).
        var globals = new ScriptObject(Builtins.Count + model.Count + 4);
        foreach (var (name, value) in Builtins)
        {
            globals.SetValue(name, value, readOnly: false);
        }

        foreach (var (name, value) in model)
        {
            globals.SetValue(name, value, readOnly: false);
        }

        context.PushGlobal(globals);
        return context;
    }

    private static ScriptObject MakeBuiltins()
    {
        var builtins = new ScriptObject(10)
        {
            ["csv"] = CsvFieldFunction.CreateObject(),
            ["docx"] = Docx.WordRunsFunction.CreateObject(),
            ["empty"] = EmptyScriptObject.Default,
            ["include"] = new IncludeFunction(),
        };
        foreach (var (name, functions) in BuiltinNamespace.All())
        {
            builtins[name] = functions;
        }

        return Freeze(builtins);
    }

    private static ScriptObject Freeze(ScriptObject builtins)
    {
        foreach (var member in builtins.GetMembers())
        {
            if (builtins[member] is ScriptObject inner && !inner.IsReadOnly)
            {
                Freeze(inner);
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
