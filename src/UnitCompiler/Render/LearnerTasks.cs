using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// What a criterion's command verb asks of a learner, in words a learner acts on. The verb is the
/// criterion's first word; an unknown verb gets a plain instruction rather than a guess.
/// </summary>
public static class LearnerTasks
{
    public static string VerbOf(string criterionMarkdown)
    {
        var plain = MarkdownText.ToPlain(criterionMarkdown).TrimStart();
        var end = 0;
        while (end < plain.Length && char.IsLetter(plain[end]))
        {
            end++;
        }

        return plain[..end];
    }

    public static string TaskFor(string verb) =>
        CommandVerbTable.All.GetValueOrDefault(verb)?.LearnerTask ?? "Answer the criterion in full, with examples from your own practice.";
}
