namespace UnitCompiler.Render;

/// <summary>
/// What the first render of a run needs before it can start, made on another core while the first
/// spec is read and parsed: the document templates of the formats asked for and the partials they
/// include (each parsed once, <see cref="TemplateSet.Get"/>), Scriban's built-in function objects
/// (made by reflection over their methods) and Markdig's pipeline. A cold one-unit build otherwise
/// does all of it one step after another on one core. Nothing here is required: a render that gets
/// there first makes what it needs itself, and waits for a template being parsed rather than
/// parsing it twice.
/// </summary>
internal static class RenderWarmUp
{
    /// <summary>
    /// <c>UNITC_NO_WARMUP=1</c> renders everything on the units' own threads, as before the warm-up:
    /// for measuring it side by side (it pays on an idle machine, and a second thread can cost more
    /// than it saves when every core is busy with other work).
    /// </summary>
    public static bool Disabled { get; } = Environment.GetEnvironmentVariable("UNITC_NO_WARMUP") == "1";

    public static Task Start(TemplateSet templates, IReadOnlyCollection<string> formats) => Task.Run(() =>
    {
        TemplateContextFactory.Prepare();
        foreach (var (_, _, name) in templates.Documents.Where(d => formats.Contains(d.Format)))
        {
            Parse(templates, name, depth: 0);
        }

        MarkdownText.Prepare();
    });

    /// <summary>Parses a template and, from its text, the partials it names with <c>include 'name'</c>: a hint only, since a render resolves every include itself.</summary>
    private static void Parse(TemplateSet templates, string name, int depth)
    {
        if (depth > 4 || templates.Get(name) is not { } template || template.HasErrors)
        {
            return;
        }

        foreach (var partial in IncludedNames(templates.TextOf(name)))
        {
            Parse(templates, partial, depth + 1);
        }
    }

    internal static IEnumerable<string> IncludedNames(string text)
    {
        const string Include = "include ";
        for (var at = text.IndexOf(Include, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Include, at + Include.Length, StringComparison.Ordinal))
        {
            var open = at + Include.Length;
            if (open < text.Length && text[open] is '\'' or '"' && text.IndexOf(text[open], open + 1) is var close and > 0)
            {
                yield return text[(open + 1)..close];
            }
        }
    }
}
