using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Render;

/// <summary>
/// The templates of a run: the defaults embedded in the assembly (the same files as the repository's
/// templates/ folder), each replaceable by a file of the same name in an override folder. Parsed once
/// per run. Includes resolve only to templates of this set, never to arbitrary paths.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private readonly Dictionary<string, (string Path, string Text)> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private string? _fingerprint;

    private TemplateSet()
    {
    }

    /// <summary>Documents this set renders: (document, format) from names like assessor-checklist.html.sbn.</summary>
    public IReadOnlyList<(string Document, string Format, string Name)> Documents { get; private set; } = [];

    public static TemplateSet Load(string? overrideFolder, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet();
        var assembly = typeof(TemplateSet).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var name = resource[ResourcePrefix.Length..];
            set._sources[name] = ("templates/" + name, reader.ReadToEnd());
        }

        if (overrideFolder is not null)
        {
            if (!Directory.Exists(overrideFolder))
            {
                diagnostics.Add(DiagnosticCatalog.FileNotFound, SourceLocation.File(overrideFolder));
            }
            else
            {
                foreach (var file in Directory.EnumerateFiles(overrideFolder, "*.sbn").Order(StringComparer.Ordinal))
                {
                    set._sources[Path.GetFileName(file)] = (file, File.ReadAllText(file));
                }
            }
        }

        foreach (var (name, (path, text)) in set._sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(text, path);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateSyntax, new SourceLocation(path, message.Span.Start.Line, message.Span.Start.Column), message.Message);
            }

            set._parsed[name] = template;
        }

        set.Documents = [.. set._parsed.Keys
            .Where(n => !n.StartsWith('_') && n.Count(c => c == '.') == 2)
            .Select(n => n.Split('.'))
            .Select(p => (p[0], p[1], $"{p[0]}.{p[1]}.sbn"))
            .OrderBy(d => d.Item1, StringComparer.Ordinal)
            .ThenBy(d => d.Item2, StringComparer.Ordinal)];
        return set;
    }

    public Template? Get(string name) => _parsed.GetValueOrDefault(name);

    /// <summary>Every template that parsed cleanly, by the name an include gives: what a render context caches up front.</summary>
    internal IEnumerable<KeyValuePair<string, Template>> Partials => _parsed.Where(p => !p.Value.HasErrors);

    /// <summary>
    /// A hash of every template's name and text, overrides included: what an incremental build
    /// compares to know that documents made with other templates must be rendered again.
    /// </summary>
    public string Fingerprint => _fingerprint ??= BuildManifest.Hash(string.Join('\0', _sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}\0{s.Value.Text}")));

    public string PathOf(string name) => _sources[name].Path;

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        // Only names of this set: no folders, no "..", nothing outside the templates.
        if (templateName.Contains('/') || templateName.Contains('\\') || !_sources.ContainsKey(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is not a template of this set (includes name a file of templates/, such as '_styles.html.sbn')");
        }

        return templateName;
    }

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => _sources[templatePath].Text;

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(_sources[templatePath].Text);
}
