namespace UnitCompiler.Render;

/// <summary>
/// What a criterion's command verb asks of a learner, in words a learner acts on. The verb is the
/// criterion's first word; an unknown verb gets a plain instruction rather than a guess.
/// </summary>
public static class LearnerTasks
{
    private static readonly Dictionary<string, string> Tasks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["analyse"] = "Break the topic into its parts, explain how they relate to each other, and say why each matters in your setting.",
        ["assess"] = "Weigh up the strengths and limitations, using evidence from your own practice, and reach a reasoned judgement.",
        ["compare"] = "Set out the similarities and differences, and explain what they mean for the way you work.",
        ["describe"] = "Give a detailed account, with examples from your own setting.",
        ["evaluate"] = "Judge how well it works, using evidence, and say what could be improved and why.",
        ["explain"] = "Give clear reasons and show how or why, with examples.",
        ["identify"] = "Name or list the main points.",
        ["outline"] = "Set out the main points briefly.",
        ["summarise"] = "Give the main points concisely.",
        ["justify"] = "Give reasons and evidence that support your decisions.",
        ["develop"] = "Produce it in your workplace and keep the evidence of how you did so.",
        ["implement"] = "Put it into practice at work; your assessor will observe it or review the evidence.",
        ["lead"] = "Show how you lead others in practice; your assessor will observe it.",
        ["facilitate"] = "Show how you make it happen with others at work; your assessor will observe it.",
        ["manage"] = "Show how you organise and control it at work, with evidence.",
        ["promote"] = "Show how you actively encourage it in your setting, with evidence.",
        ["ensure"] = "Show the steps you take to make certain it happens, with evidence.",
        ["support"] = "Show how you help others to do it in practice, with evidence.",
        ["review"] = "Look again at it, judge what worked, and record what you would change.",
        ["reflect"] = "Think back on your practice and record what you learned and what you will do differently.",
    };

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
        Tasks.TryGetValue(verb, out var task) ? task : "Answer the criterion in full, with examples from your own practice.";
}
