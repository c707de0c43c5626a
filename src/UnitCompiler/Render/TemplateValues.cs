using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// Values both template models hand to templates alike, so a unit's version table reads the same
/// in its own documents and inside a qualification's specification.
/// </summary>
internal static class TemplateValues
{
    /// <summary>A date as documents print it ("1 March 2026": no reader mistakes its order).</summary>
    public static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The version-change table, rows as the spec keeps them; empty when there is none, and the documents then print no table.</summary>
    public static ScriptArray History(ImmutableArray<VersionEntry> history) => Array(history.Select(e => new ScriptObject(7)
    {
        ["version"] = e.Version,
        ["date"] = Date(e.Date),
        ["date_iso"] = e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["change"] = e.Change.Value,
        ["change_html"] = MarkdownText.ToInlineHtml(e.Change.Value),
        ["change_plain"] = MarkdownText.ToPlain(e.Change.Value),
        ["section"] = e.Section,
    }));

    public static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
