using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>
/// The <c>history:</c> list a unit spec and a qualification spec share: version (quoted, since 4.10
/// is not 4.1), date as YYYY-MM-DD, change, and optionally the section it touched.
/// </summary>
internal static class VersionHistoryReader
{
    public static ImmutableArray<VersionEntry> Read(YamlShape shape, YamlNode node) =>
        shape.List(node, "history", item => Entry(shape, item));

    /// <summary>A version is a string; an unquoted 4.1 is accepted as the version it spells.</summary>
    public static string? Version(YamlShape shape, YamlNode node, string what) => shape.String(node, what)?.Trim();

    private static VersionEntry? Entry(YamlShape shape, YamlNode node)
    {
        if (shape.Mapping(node, "a history entry") is not { } map)
        {
            return null;
        }

        var keys = shape.Keys(map, "a history entry", "version", "date", "change", "section");
        var version = shape.Required(keys, map, "a history entry", "version") is { } v ? Version(shape, v, "history.version") : null;
        var change = shape.Required(keys, map, "a history entry", "change") is { } c ? shape.Text(c, "history.change") : null;
        var date = keys.TryGetValue("date", out var d) ? Date(shape, d, "history.date") : null;
        var section = keys.TryGetValue("section", out var s) && s is not YamlScalar { IsNull: true } ? shape.String(s, "history.section") : null;
        return version is null || change is null ? null : new VersionEntry(version, date, change, section, shape.At(node));
    }

    /// <summary>A calendar date written YYYY-MM-DD (null, or reported and null, otherwise).</summary>
    public static DateOnly? Date(YamlShape shape, YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is YamlScalar s && DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        shape.WrongType(node, what, "a date written YYYY-MM-DD");
        return null;
    }
}
