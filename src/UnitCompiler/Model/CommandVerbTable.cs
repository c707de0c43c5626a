namespace UnitCompiler.Model;

/// <summary>Whether a command verb asks for knowledge (explain, analyse) or for performance at work (lead, implement).</summary>
public enum CommandVerbKind
{
    Knowledge,
    Performance,
}

/// <summary>
/// A command verb of UK regulated units: the RQF levels where it usually appears (awarding bodies'
/// command-verb glossaries; a guide, never a rule), its kind, and what it asks a learner to do.
/// </summary>
/// <param name="Word">The verb, lower case.</param>
/// <param name="MinLevel">The lowest level it usually appears at.</param>
/// <param name="MaxLevel">The highest.</param>
/// <param name="Kind">Knowledge or performance.</param>
/// <param name="LearnerTask">The task the learner workbook sets for a criterion starting with it, in words a learner acts on; null where the workbook's plain instruction serves.</param>
public sealed record CommandVerb(string Word, int MinLevel, int MaxLevel, CommandVerbKind Kind, string? LearnerTask = null);

/// <summary>The one table of command verbs: lint's level guide and verb-kind check and the learner workbook's tasks read it.</summary>
public static class CommandVerbTable
{
    public static IReadOnlyDictionary<string, CommandVerb> All { get; } = new CommandVerb[]
    {
        new("list", 1, 2, CommandVerbKind.Knowledge),
        new("state", 1, 2, CommandVerbKind.Knowledge),
        new("define", 1, 2, CommandVerbKind.Knowledge),
        new("identify", 1, 3, CommandVerbKind.Knowledge,
            "Name or list the main points."),
        new("outline", 1, 3, CommandVerbKind.Knowledge,
            "Set out the main points briefly."),
        new("summarise", 1, 3, CommandVerbKind.Knowledge,
            "Give the main points concisely."),
        new("describe", 1, 3, CommandVerbKind.Knowledge,
            "Give a detailed account, with examples from your own setting."),
        new("explain", 2, 4, CommandVerbKind.Knowledge,
            "Give clear reasons and show how or why, with examples."),
        new("compare", 2, 4, CommandVerbKind.Knowledge,
            "Set out the similarities and differences, and explain what they mean for the way you work."),
        new("assess", 2, 5, CommandVerbKind.Knowledge,
            "Weigh up the strengths and limitations, using evidence from your own practice, and reach a reasoned judgement."),
        new("justify", 3, 5, CommandVerbKind.Knowledge,
            "Give reasons and evidence that support your decisions."),
        new("analyse", 3, 8, CommandVerbKind.Knowledge,
            "Break the topic into its parts, explain how they relate to each other, and say why each matters in your setting."),
        new("evaluate", 3, 8, CommandVerbKind.Knowledge,
            "Judge how well it works, using evidence, and say what could be improved and why."),
        new("reflect", 2, 8, CommandVerbKind.Knowledge,
            "Think back on your practice and record what you learned and what you will do differently."),
        new("review", 2, 8, CommandVerbKind.Knowledge,
            "Look again at it, judge what worked, and record what you would change."),
        new("discuss", 2, 5, CommandVerbKind.Knowledge),
        new("investigate", 3, 8, CommandVerbKind.Knowledge),
        new("critically", 6, 8, CommandVerbKind.Knowledge),
        new("develop", 3, 8, CommandVerbKind.Performance,
            "Produce it in your workplace and keep the evidence of how you did so."),
        new("implement", 3, 8, CommandVerbKind.Performance,
            "Put it into practice at work; your assessor will observe it or review the evidence."),
        new("manage", 3, 8, CommandVerbKind.Performance,
            "Show how you organise and control it at work, with evidence."),
        new("monitor", 3, 8, CommandVerbKind.Performance),
        new("lead", 3, 8, CommandVerbKind.Performance,
            "Show how you lead others in practice; your assessor will observe it."),
        new("facilitate", 3, 8, CommandVerbKind.Performance,
            "Show how you make it happen with others at work; your assessor will observe it."),
        new("promote", 3, 8, CommandVerbKind.Performance,
            "Show how you actively encourage it in your setting, with evidence."),
        new("ensure", 3, 8, CommandVerbKind.Performance,
            "Show the steps you take to make certain it happens, with evidence."),
        new("support", 3, 8, CommandVerbKind.Performance,
            "Show how you help others to do it in practice, with evidence."),
        new("demonstrate", 1, 8, CommandVerbKind.Performance),
        new("use", 1, 8, CommandVerbKind.Performance),
        new("carry", 1, 8, CommandVerbKind.Performance),
        new("agree", 2, 8, CommandVerbKind.Performance),
        new("plan", 2, 8, CommandVerbKind.Performance),
        new("establish", 3, 8, CommandVerbKind.Performance),
        new("provide", 2, 8, CommandVerbKind.Performance),
        new("apply", 2, 8, CommandVerbKind.Performance),
        new("work", 1, 8, CommandVerbKind.Performance),
        new("record", 1, 8, CommandVerbKind.Performance),
        new("produce", 1, 8, CommandVerbKind.Performance),
        new("prepare", 1, 8, CommandVerbKind.Performance),
    }.ToDictionary(v => v.Word, StringComparer.OrdinalIgnoreCase);
}
