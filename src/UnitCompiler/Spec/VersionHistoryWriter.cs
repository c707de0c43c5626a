using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>Writes <c>history:</c> in the order the writer keeps it; nothing at all when there is none.</summary>
internal static class VersionHistoryWriter
{
    public static void Write(YamlEvents y, ImmutableArray<VersionEntry> history)
    {
        if (history.IsDefaultOrEmpty)
        {
            return;
        }

        y.Key("history");
        y.SequenceStart();
        foreach (var entry in history)
        {
            y.MappingStart();
            y.Key("version");
            y.Id(entry.Version);
            if (entry.Date is { } date)
            {
                y.Key("date");
                y.Id(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            y.Key("change");
            y.Text(entry.Change);
            if (entry.Section is not null)
            {
                y.Key("section");
                y.String(entry.Section);
            }

            y.MappingEnd();
        }

        y.SequenceEnd();
    }
}
