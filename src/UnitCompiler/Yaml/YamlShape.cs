using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Yaml;

/// <summary>
/// The shape checks every YAML file unitc reads shares, specs and unitc.yaml alike: a mapping where
/// one is expected, known keys (an unknown one gets a "did you mean"), a key given once, and values
/// of the right type. A value of the wrong type is reported as such, never as an unknown key.
/// </summary>
internal sealed class YamlShape(SourceText source, DiagnosticBag diagnostics)
{
    public SourceText Source => source;

    public SourceLocation At(YamlNode node) => source.Location(node.Start);

    public YamlMapping? Mapping(YamlNode node, string what)
    {
        if (node is YamlMapping map)
        {
            return map;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a mapping of keys to values");
        return null;
    }

    /// <summary>The entries by key; unknown and repeated keys are reported (repeats keep the first).</summary>
    public Dictionary<string, YamlNode> Keys(YamlMapping map, string what, params string[] allowed)
    {
        var keys = new Dictionary<string, YamlNode>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            // Array.IndexOf compares strings ordinally, without the enumerator and comparer calls of
            // LINQ's Contains: this runs for every key of every mapping of every spec.
            if (Array.IndexOf(allowed, key.Value) < 0)
            {
                diagnostics.Add(DiagnosticCatalog.UnknownKey, At(key), key.Value, what, Suggest(key.Value, allowed));
            }
            else if (!keys.TryAdd(key.Value, value))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateId, At(key), "key", key.Value, At(keys[key.Value]));
            }
        }

        return keys;
    }

    public YamlNode? Required(Dictionary<string, YamlNode> keys, YamlMapping map, string what, string key)
    {
        if (keys.TryGetValue(key, out var node))
        {
            return node;
        }

        diagnostics.Add(DiagnosticCatalog.MissingKey, At(map), what, key);
        return null;
    }

    public ImmutableArray<T> List<T>(YamlNode node, string what, Func<YamlNode, T?> read)
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

    /// <summary>A list of strings, or one string standing for a list of one.</summary>
    public ImmutableArray<string>? StringOrStrings(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } single)
        {
            return [single.Value];
        }

        if (node is YamlSequence seq && seq.Items.All(i => i is YamlScalar { IsNull: false }))
        {
            return [.. seq.Items.Cast<YamlScalar>().Select(s => s.Value)];
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a string or a list of strings");
        return null;
    }

    public LocatedText? Text(YamlNode node, string what)
    {
        if (node is YamlScalar s && !s.IsNull)
        {
            return new LocatedText(s.Value, s.Origin);
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a string");
        return null;
    }

    public string? String(YamlNode node, string what) => Text(node, what)?.Value;

    public int? Int(YamlNode node, string what)
    {
        if (node is YamlScalar { IsQuotedOrTagged: false } s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, "a whole number");
        return null;
    }

    /// <summary>A whole number above 0, reported as <paramref name="expected"/> otherwise.</summary>
    public int? PositiveInt(YamlNode node, string what, string expected = "a whole number above 0")
    {
        if (node is YamlScalar { IsQuotedOrTagged: false } s && int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, expected);
        return null;
    }

    /// <summary>
    /// The value of an optional key that format <paramref name="since"/> of a spec added, or null
    /// (reported, UNITC0230) when the spec declares the older format <paramref name="declared"/>: an
    /// older unitc would have refused the key, so a spec that uses it must say so.
    /// </summary>
    public YamlNode? Since(Dictionary<string, YamlNode> keys, string key, int since, int declared)
    {
        if (!keys.TryGetValue(key, out var node))
        {
            return null;
        }

        if (declared >= since)
        {
            return node;
        }

        diagnostics.Add(DiagnosticCatalog.KeyNeedsNewerFormat, At(node), key, since, declared);
        return null;
    }

    public void WrongType(YamlNode node, string what, string expected) => diagnostics.Add(DiagnosticCatalog.WrongType, At(node), what, expected);

    /// <summary>" (did you mean 'x'?)" for a near miss; otherwise the keys that are known, so a writer need not look them up.</summary>
    internal static string Suggest(string key, IReadOnlyCollection<string> allowed)
    {
        var near = allowed
            .Select(a => (Key: a, Distance: string.Equals(a, key, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(a, key)))
            .Where(a => a.Distance <= 2)
            .OrderBy(a => a.Distance)
            .Select(a => a.Key)
            .FirstOrDefault();
        return near is not null ? $" (did you mean '{near}'?)" : $" (known: {string.Join(", ", allowed)})";
    }

    /// <summary>Levenshtein distance: the nearest key wins ("limts" is one letter from "limits", two from "lint").</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue; // keys are short; a length this far off is never the one meant
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
