using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Spec;

// The shape checks every part of the mapper shares: mappings, known keys, lists, strings.
internal sealed partial class SpecMapper
{
    private SourceLocation At(YamlNode node) => source.Location(node.Start);

    private YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping map)
        {
            return map;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a mapping of keys to values");
        return null;
    }

    /// <summary>The entries by key; unknown and repeated keys are reported (repeats keep the first).</summary>
    private Dictionary<string, YamlNode> Keys(YamlMapping map, string what, params string[] allowed)
    {
        var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                var suggestion = allowed.FirstOrDefault(a => string.Equals(a, key.Value, StringComparison.OrdinalIgnoreCase) || Similar(a, key.Value));
                diagnostics.Add(DiagnosticCatalog.UnknownKey, At(key), key.Value, what, suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)");
            }
            else if (!keys.TryAdd(key.Value, value))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateId, At(key), "key", key.Value, At(keys[key.Value]));
            }
        }

        return keys;
    }

    private YamlNode? Required(Dictionary<string, YamlNode> keys, YamlMapping map, string what, string key)
    {
        if (keys.TryGetValue(key, out var node))
        {
            return node;
        }

        diagnostics.Add(DiagnosticCatalog.MissingKey, At(map), what, key);
        return null;
    }

    private ImmutableArray<T> List<T>(YamlNode node, string what, Func<YamlNode, T?> read)
        where T : class
    {
        if (node is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YamlSequence seq)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a list");
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(seq.Items.Count);
        foreach (var item in seq.Items)
        {
            if (read(item) is { } value)
            {
                items.Add(value);
            }
        }

        return items.ToImmutable();
    }

    private ImmutableArray<LocatedText> Texts(YamlNode node, string what) => List(node, what, n => Text(n, what));

    private LocatedText? Text(YamlNode node, string what)
    {
        if (node is YamlScalar s && !s.IsNull)
        {
            return new LocatedText(s.Value, s.Origin);
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a string");
        return null;
    }

    private string? String(YamlNode node, string what) => Text(node, what)?.Value;

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

    private static bool Similar(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 2 && a.Zip(b).Count(p => p.First != p.Second) + Math.Abs(a.Length - b.Length) <= 2;
}
