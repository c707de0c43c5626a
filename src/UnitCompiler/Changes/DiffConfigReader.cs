using System.Collections.Immutable;
using UnitCompiler.Yaml;

namespace UnitCompiler.Changes;

/// <summary>
/// The <c>diff:</c> section of unitc.yaml: <c>material: [kind, ...]</c> and <c>editorial: [kind, ...]</c>
/// (the kinds of <see cref="ChangeKinds"/>, by name) and <c>base: REV</c>, the revision lint compares with.
/// </summary>
internal static class DiffConfigReader
{
    public static DiffSettings Read(YamlShape shape, YamlMapping diff)
    {
        var keys = shape.Keys(diff, "diff", "material", "editorial", "base");
        var overrides = ImmutableDictionary.CreateBuilder<ChangeKind, ChangeClass>();
        foreach (var (key, cls) in new[] { ("material", ChangeClass.Material), ("editorial", ChangeClass.Editorial) })
        {
            if (!keys.TryGetValue(key, out var node) || shape.StringOrStrings(node, $"diff.{key}") is not { } names)
            {
                continue;
            }

            foreach (var name in names)
            {
                if (ChangeKinds.Parse(name) is { } kind)
                {
                    overrides[kind] = cls;
                }
                else
                {
                    shape.WrongType(node, $"diff.{key}", "change kinds such as criterion-renumbered or guidance-changed (see the README's Change review)");
                }
            }
        }

        var @base = keys.TryGetValue("base", out var b) ? shape.String(b, "diff.base") : null;
        return new DiffSettings(overrides.ToImmutable(), @base);
    }
}
