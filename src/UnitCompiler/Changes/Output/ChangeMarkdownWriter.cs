using System.Text;

namespace UnitCompiler.Changes.Output;

/// <summary>
/// Changes as Markdown for a pull-request comment: a count, then a table per unit or qualification,
/// material changes first, rewordings with deleted words struck through and inserted words in bold.
/// </summary>
public static class ChangeMarkdownWriter
{
    public static string Write(ChangeSet set)
    {
        var sb = new StringBuilder("## Spec changes\n\n");
        if (set.IsEmpty)
        {
            return sb.Append("No changes.\n").ToString();
        }

        sb.Append(ChangeTextWriter.Count(set)).Append(".\n");
        foreach (var group in set.Changes.GroupBy(c => (c.Scope, c.Owner)))
        {
            sb.Append("\n### ").Append(group.Key.Scope == ChangeScope.Qualification ? "Qualification " : "Unit ").Append(Escape(group.Key.Owner)).Append("\n\n");
            sb.Append("| class | change | detail |\n|---|---|---|\n");
            foreach (var change in group.OrderByDescending(c => c.Class))
            {
                var cls = change.Class == ChangeClass.Material ? "**material**" : "editorial";
                sb.Append("| ").Append(cls).Append(" | ").Append(Escape(change.Summary)).Append(" | ").Append(Detail(change)).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string Detail(Change change)
    {
        if (!change.Words.IsEmpty)
        {
            return string.Join(' ', change.Words.Select(w => w.Op switch
            {
                WordOp.Delete => $"~~{Escape(w.Text)}~~",
                WordOp.Insert => $"<ins>{Escape(w.Text)}</ins>",
                _ => Escape(w.Text),
            }));
        }

        return (change.Before, change.After) switch
        {
            ({ } before, { } after) => $"{Escape(before)} → {Escape(after)}",
            (null, { } after) => Escape(after),
            ({ } before, null) => $"~~{Escape(before)}~~",
            _ when change.OldId is { } oldId && change.NewId is { } newId => $"{Escape(oldId)} → {Escape(newId)}",
            _ => string.Empty,
        };
    }

    // A cell is one line; a pipe would end it, an angle bracket open a tag, and a bold marker split
    // by the word diff ("~~**integrated~~") would run on to the end of the cell.
    private static string Escape(string text) =>
        text.ReplaceLineEndings(" ").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("~", "\\~", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
