using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

// The mapper's names for the shape checks it shares with every YAML file unitc reads (YamlShape).
internal sealed partial class SpecMapper
{
    private readonly YamlShape _shape = new(source, diagnostics);

    // The 'unitc:' version of the spec being read; keys a later format added are errors in an older one.
    private int _formatVersion = Model.Unit.FormatVersion;

    private YamlNode? Since(Dictionary<string, YamlNode> keys, string key, int since) => _shape.Since(keys, key, since, _formatVersion);

    private SourceLocation At(YamlNode node) => _shape.At(node);

    private YamlMapping? Mapping(YamlNode node, string what) => _shape.Mapping(node, what);

    private Dictionary<string, YamlNode> Keys(YamlMapping map, string what, params string[] allowed) => _shape.Keys(map, what, allowed);

    private YamlNode? Required(Dictionary<string, YamlNode> keys, YamlMapping map, string what, string key) => _shape.Required(keys, map, what, key);

    private ImmutableArray<T> List<T>(YamlNode node, string what, Func<YamlNode, T?> read)
        where T : class => _shape.List(node, what, read);

    private ImmutableArray<LocatedText> Texts(YamlNode node, string what) => List(node, what, n => Text(n, what));

    private LocatedText? Text(YamlNode node, string what) => _shape.Text(node, what);

    private string? String(YamlNode node, string what) => _shape.String(node, what);

    private int? Int(YamlNode node, string what) => _shape.Int(node, what);

    /// <summary>Ids are strings; an unquoted 1 or 1.1 is accepted as the id it spells.</summary>
    private string? Id(YamlNode node, string what) => String(node, what)?.Trim();

    /// <summary>An id held to its shape; a malformed one is reported and read as missing.</summary>
    private string? Id(YamlNode node, string what, Func<string, bool> wellFormed, string shape)
    {
        var id = Id(node, what);
        if (id is null || wellFormed(id))
        {
            return id;
        }

        diagnostics.Add(DiagnosticCatalog.MalformedId, At(node), id, what, shape);
        return null;
    }
}
