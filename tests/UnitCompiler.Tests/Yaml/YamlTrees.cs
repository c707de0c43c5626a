using UnitCompiler.Yaml;

namespace UnitCompiler.Tests.Yaml;

/// <summary>Node-for-node equality of two YAML trees: kind, start, value, style, quoting, and every character's origin.</summary>
internal static class YamlTrees
{
    /// <summary>Null when equal, else the path to the first difference and what differs.</summary>
    public static string? Difference(YamlNode expected, YamlNode actual, string path = "$")
    {
        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.Describe} against {actual.Describe}";
        }

        if (expected.Start != actual.Start)
        {
            return $"{path}: starts at {expected.Start} against {actual.Start}";
        }

        switch (expected, actual)
        {
            case (YamlScalar e, YamlScalar a):
                if (e.Value != a.Value || e.Style != a.Style || e.IsQuotedOrTagged != a.IsQuotedOrTagged)
                {
                    return $"{path}: [{e.Value}] {e.Style} {e.IsQuotedOrTagged} against [{a.Value}] {a.Style} {a.IsQuotedOrTagged}";
                }

                if (e.Origin.IsKnown != a.Origin.IsKnown || !ReferenceEquals(e.Origin.Source, a.Origin.Source))
                {
                    return $"{path}: origin known {e.Origin.IsKnown} against {a.Origin.IsKnown}";
                }

                for (var i = 0; e.Origin.IsKnown && i < Math.Max(1, e.Value.Length); i++)
                {
                    if (e.Origin.OffsetAt(i) != a.Origin.OffsetAt(i))
                    {
                        return $"{path}: character {i} of [{e.Value}] from {e.Origin.OffsetAt(i)} against {a.Origin.OffsetAt(i)}";
                    }
                }

                return null;
            case (YamlSequence e, YamlSequence a):
                if (e.Items.Count != a.Items.Count)
                {
                    return $"{path}: {e.Items.Count} items against {a.Items.Count}";
                }

                return e.Items.Zip(a.Items).Select((p, i) => Difference(p.First, p.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (YamlMapping e, YamlMapping a):
                if (e.Entries.Count != a.Entries.Count)
                {
                    return $"{path}: {e.Entries.Count} entries against {a.Entries.Count}";
                }

                return e.Entries.Zip(a.Entries)
                    .SelectMany((p, i) => new[] { Difference(p.First.Key, p.Second.Key, $"{path}{{{i}}}"), Difference(p.First.Value, p.Second.Value, $"{path}.{p.First.Key.Value}") })
                    .FirstOrDefault(d => d is not null);
            default:
                return $"{path}: unknown node {expected.GetType().Name}";
        }
    }
}
