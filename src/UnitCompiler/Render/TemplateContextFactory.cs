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
    /// Scriban's built-in functions (string, array, html, date...). A plain <c>new TemplateContext()</c>
    /// deep-copies all of them, which cost more than rendering a small document; one frozen copy is
    /// shared by every context instead. Frozen, a template cannot change them (<c>date.format = ...</c>
    /// is an error), so one document or unit cannot change how another renders, whatever the order.
    /// </summary>
    private static readonly ScriptObject Builtins = Freeze(new BuiltinFunctions());

    public static TemplateContext Create(TemplateSet templates, ScriptObject model, RenderLimits limits, CancellationToken cancellation)
    {
        var context = new TemplateContext(Builtins)
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
        // Helpers before the model, so a template sees the unit's keys first; functions run only when called.
        context.PushGlobal(new ScriptObject { ["docx"] = Docx.WordRunsFunction.CreateObject() });
        context.PushGlobal(model);
        // Variables and functions a template defines go here, not into the model every document of
        // the unit shares, so one document's assignments cannot leak into the next.
        context.PushGlobal(new ScriptObject());

        // Scriban caches an included template per context, so without this every document would
        // parse its partials again. The set parsed them once for the run; a partial with syntax
        // errors is left out so Scriban reports it at the include, as before.
        foreach (var (name, template) in templates.Partials)
        {
            context.CachedTemplates[name] = template;
        }

        return context;
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
