using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Render;

/// <summary>
/// The templates of a run: the defaults embedded in the assembly (the same files as the repository's
/// templates/ folder), each replaceable by an override of the same name (the project reads an override folder). Parsed once
/// per run. Includes resolve only to templates of this set, never to arbitrary paths.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private readonly Dictionary<string, (string Path, string Text)> _sources = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);
    private string? _fingerprint;

    private TemplateSet()
    {
    }

    /// <summary>The name every qualification document's template starts with; the other documents are a unit's.</summary>
    public const string QualificationPrefix = "qualification-";

    /// <summary>Documents this set renders for each unit: (document, format) from names like assessor-checklist.html.sbn.</summary>
    public IReadOnlyList<(string Document, string Format, string Name)> Documents { get; private set; } = [];

    /// <summary>Documents this set renders for each qualification, from names like qualification-specification.html.sbn.</summary>
    public IReadOnlyList<(string Document, string Format, string Name)> QualificationDocuments { get; private set; } = [];

    /// <summary>The embedded templates, each replaced by the override of the same name.</summary>
    /// <param name="overrides">Templates by file name (<c>assessor-checklist.html.sbn</c>), with the path errors name.</param>
    /// <param name="diagnostics">Receives every parsed template's syntax errors.</param>
    /// <param name="formats">
    /// When given, only the overrides of these formats (and those of no format, such as
    /// <c>_mapping-grid-rows.sbn</c>) are parsed now, to report their syntax errors. The embedded
    /// templates, which parse cleanly (a test holds them to it), are each parsed when a render first
    /// asks for it (<see cref="Get"/>): a build of units alone never parses the qualification
    /// templates, nor a build of html, md and csv the Word and Excel ones. Another override is parsed
    /// when first asked for, its syntax errors unreported.
    /// </param>
    public static TemplateSet Load(IEnumerable<(string Name, string Path, string Text)> overrides, DiagnosticBag diagnostics, IReadOnlyCollection<string>? formats = null)
    {
        var set = new TemplateSet();
        var assembly = typeof(TemplateSet).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = resource[ResourcePrefix.Length..];
            set._sources[name] = ("templates/" + name, ReadResource(assembly, resource));
        }

        var overridden = new List<string>();
        foreach (var (name, path, text) in overrides)
        {
            set._sources[name] = (path, text);
            overridden.Add(name);
        }

        foreach (var name in overridden.Where(n => formats is null || FormatOf(n) is not { } f || formats.Contains(f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var template = set.Get(name)!;
            foreach (var message in template.Messages)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateSyntax, new SourceLocation(set._sources[name].Path, message.Span.Start.Line, message.Span.Start.Column), message.Message);
            }
        }

        var documents = set._sources.Keys
            .Where(n => !n.StartsWith('_') && n.Count(c => c == '.') == 2)
            .Select(n => n.Split('.'))
            .Select(p => (p[0], p[1], $"{p[0]}.{p[1]}.sbn"))
            .OrderBy(d => d.Item1, StringComparer.Ordinal)
            .ThenBy(d => d.Item2, StringComparer.Ordinal)
            .ToList();
        set.Documents = [.. documents.Where(d => !d.Item1.StartsWith(QualificationPrefix, StringComparison.Ordinal))];
        set.QualificationDocuments = [.. documents.Where(d => d.Item1.StartsWith(QualificationPrefix, StringComparison.Ordinal))];
        return set;
    }

    /// <summary>
    /// An embedded template's text, decoded in one step from the resource's bytes rather than through
    /// a reader's growing buffer. A UTF-8 byte order mark is dropped, as a reader drops it; text with
    /// any other mark (UTF-16, UTF-32) is left to a reader to decode.
    /// </summary>
    private static string ReadResource(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || text.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || text.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            using var reader = new StreamReader(new MemoryStream(bytes));
            return reader.ReadToEnd();
        }

        return System.Text.Encoding.UTF8.GetString(text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? text[3..] : text);
    }

    /// <summary>The template of this name, parsed on the first call and then shared by every thread; null for a name not in the set.</summary>
    public Template? Get(string name) =>
        _parsed.TryGetValue(name, out var template) ? template.Value
        : _sources.TryGetValue(name, out var source) ? _parsed.GetOrAdd(name, _ => new Lazy<Template>(() => Template.Parse(source.Text, source.Path))).Value
        : null;

    /// <summary>"html" of <c>assessor-checklist.html.sbn</c> and <c>_styles.html.sbn</c>; null for <c>_mapping-grid-rows.sbn</c>.</summary>
    private static string? FormatOf(string name)
    {
        var parts = name.Split('.');
        return parts.Length == 3 ? parts[1] : null;
    }

    /// <summary>
    /// A hash of every template's name and text, overrides included: what an incremental build
    /// compares to know that documents made with other templates must be rendered again.
    /// </summary>
    public string Fingerprint => _fingerprint ??= ContentHash.OfJoined(FingerprintPieces());

    /// <summary>Name, NUL, text of each template by name, NUL between templates: the text the fingerprint hashes.</summary>
    private IEnumerable<string> FingerprintPieces()
    {
        var first = true;
        foreach (var (name, (_, text)) in _sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                yield return "\0";
            }

            first = false;
            yield return name;
            yield return "\0";
            yield return text;
        }
    }

    public string PathOf(string name) => _sources[name].Path;

    internal string TextOf(string name) => _sources[name].Text;

    /// <summary>Every template's name, documents and partials, overrides included.</summary>
    internal IEnumerable<string> Names => _sources.Keys;

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
