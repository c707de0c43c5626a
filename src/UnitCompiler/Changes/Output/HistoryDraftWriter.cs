using System.Globalization;
using System.Text;

namespace UnitCompiler.Changes.Output;

/// <summary>Drafted history rows as the <c>history:</c> YAML a writer pastes into a spec, under a comment naming the unit.</summary>
public static class HistoryDraftWriter
{
    public static string Write(IEnumerable<HistoryDraft> drafts)
    {
        var sb = new StringBuilder();
        foreach (var draft in drafts)
        {
            sb.Append("# ").Append(draft.Ref).Append(": unit.version ").Append(Quote(draft.Version)).Append('\n').Append("history:\n");
            foreach (var entry in draft.Entries)
            {
                sb.Append("  - version: ").Append(Quote(entry.Version)).Append('\n');
                if (entry.Date is { } date)
                {
                    sb.Append("    date: ").Append(Quote(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append('\n');
                }

                sb.Append("    change: ").Append(Quote(entry.Change.Value)).Append('\n');
                if (entry.Section is { } section)
                {
                    sb.Append("    section: ").Append(Quote(section)).Append('\n');
                }
            }
        }

        return sb.Length == 0 ? "# no changes: no history to draft\n" : sb.ToString();
    }

    // A double-quoted YAML scalar: every string, whatever it holds, reads back as itself.
    private static string Quote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                _ when char.IsControl(c) => sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
