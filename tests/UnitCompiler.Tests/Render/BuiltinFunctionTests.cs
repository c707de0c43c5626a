using CsCheck;
using Scriban;
using Scriban.Runtime;
using UnitCompiler.Diagnostics;
using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>
/// The built-ins the default templates call are called straight (<see cref="DirectFunction"/>), not
/// through Scriban's import: each must print what Scriban's own function prints for the same call,
/// and fail where it fails, over values of every kind a template passes.
/// </summary>
public class BuiltinFunctionTests
{
    private static readonly TemplateSet Templates = ProjectTemplates.Load(null, new DiagnosticBag());

    /// <summary>Every direct function is called by at least one of these, piped and not, with wrong argument counts too.</summary>
    private static readonly string[] Calls =
    [
        "{{ a | string.downcase }}", "{{ string.downcase a }}", "{{ a | string.capitalize }}", "{{ string.capitalize }}",
        "{{ a | string.replace b c }}", "{{ string.replace a b }}", "{{ a | string.replace b c d }}",
        "{{ a | html.escape }}", "{{ html.escape a b }}",
        "{{ l | array.join b }}", "{{ l | array.join b @html.escape }}", "{{ a | array.join b }}", "{{ array.join l }}",
        "{{ l | array.map 'text' | array.join ',' }}", "{{ l | array.map b | array.join ',' }}",
        "{{ l | array.each @string.downcase | array.join ';' }}", "{{ l | array.each @string.capitalize | array.size }}",
        "{{ x = @string.replace; x a b c }}", "{{ string.downcase == string.downcase }}",
    ];

    private static readonly Gen<object?> Scalars = Gen.OneOf<object?>(
        Gen.String[Gen.Char["aZé <>&\"'|\\ß1."], 0, 12].Select(s => (object?)s),
        Gen.Const((object?)null),
        Gen.Int[-5, 500].Select(i => (object?)i),
        Gen.Double[-2, 2].Select(d => (object?)d),
        Gen.Bool.Select(b => (object?)b));

    private static readonly Gen<object?> Lists = Gen.OneOf(
        Scalars.Array[0, 4].Select(items => (object?)ToArray(items)),
        Scalars.Array[0, 4].Select(items => (object?)ToArray(items.Select(i => (object?)new ScriptObject { ["text"] = i }))),
        Scalars);

    [Fact]
    public void DirectFunctionsPrintWhatScribansOwnPrint() =>
        Gen.Select(Gen.Int[0, Calls.Length - 1].Select(i => Calls[i]), Scalars, Scalars, Scalars, Lists).Sample((call, a, b, c, l) =>
        {
            var ours = Render(call, a, b, c, l, direct: true);
            var scribans = Render(call, a, b, c, l, direct: false);
            return ours == scribans;
        }, iter: 5_000, print: t => $"{t.Item1} a={t.Item2} b={t.Item3} c={t.Item4} l={t.Item5}");

    [Fact]
    public void TheCallsCoverEveryDirectFunction()
    {
        var direct = BuiltinNamespace.All().SelectMany(n => n.Namespace.DirectNames.Select(f => $"{n.Name}.{f}")).ToList();

        Assert.NotEmpty(direct);
        Assert.All(direct, name => Assert.Contains(Calls, call => call.Contains(name, StringComparison.Ordinal)));
    }

    /// <summary>A namespace lists and finds every function Scriban has under its name, direct or not.</summary>
    [Fact]
    public void NamespacesHoldAllOfScribansFunctions()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        foreach (var (name, functions) in BuiltinNamespace.All())
        {
            var scribans = Assert.IsType<ScriptObject>(builtins[name], exactMatch: false);
            Assert.Equal(scribans.GetMembers().Order(StringComparer.Ordinal), functions.GetMembers().Order(StringComparer.Ordinal));
            Assert.All(scribans.GetMembers(), member => Assert.True(functions.Contains(member), $"{name}.{member}"));
        }
    }

    /// <summary>The output, or "error" when the call fails: messages may word a wrong count differently.</summary>
    private static string Render(string call, object? a, object? b, object? c, object? l, bool direct)
    {
        var model = new ScriptObject { ["a"] = a, ["b"] = b, ["c"] = c, ["d"] = "d", ["l"] = l };
        TemplateContext context;
        if (direct)
        {
            context = TemplateContextFactory.Create(Templates, model, RenderLimits.Default, CancellationToken.None);
        }
        else
        {
            context = new TemplateContext { StrictVariables = true, MemberFilter = _ => false, EnableRelaxedMemberAccess = false, NewLine = "\n" };
            context.PushGlobal(model);
        }

        var template = Template.Parse(call);
        try
        {
            return template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            return "error";
        }
    }

    private static ScriptArray ToArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
