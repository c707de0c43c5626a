using System.Text;

namespace UnitCompiler.Changes.Output;

/// <summary>
/// Changes for a terminal: a heading per unit or qualification, a line per change (class, kind,
/// summary), rewordings as <c>git diff --word-diff</c> shows them (<c>[-old-]{+new+}</c>), then a count.
/// </summary>
public static class ChangeTextWriter
{
    public static string Write(ChangeSet set)
    {
        var sb = new StringBuilder();
        if (set.IsEmpty)
        {
            return "No changes.\n";
        }

        foreach (var group in set.Changes.GroupBy(c => (c.Scope, c.Owner)))
        {
            sb.Append(group.Key.Scope == ChangeScope.Qualification ? "qualification " : "unit ").Append(group.Key.Owner).Append('\n');
            foreach (var change in group)
            {
                sb.Append("  ").Append(ChangeKinds.ClassName(change.Class).PadRight(10)).Append(change.Summary).Append('\n');
                if (!change.Words.IsEmpty)
                {
                    sb.Append("            ").Append(WordDiffText(change.Words)).Append('\n');
                }
            }
        }

        return sb.Append(Count(set)).Append('\n').ToString();
    }

    public static string Count(ChangeSet set) =>
        $"{set.Changes.Length} change{(set.Changes.Length == 1 ? "" : "s")}: {set.Material} material, {set.Editorial} editorial";

    private static string WordDiffText(IEnumerable<WordEdit> words) =>
        string.Join(' ', words.Select(w => w.Op switch
        {
            WordOp.Delete => $"[-{w.Text}-]",
            WordOp.Insert => $"{{+{w.Text}+}}",
            _ => w.Text,
        })).ReplaceLineEndings(" ");
}
