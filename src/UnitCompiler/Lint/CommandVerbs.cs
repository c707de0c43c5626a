namespace UnitCompiler.Lint;

/// <summary>
/// Command verbs of UK regulated units and the RQF levels where each usually appears (awarding
/// bodies' command-verb glossaries). Levels are a guide, never a rule: depth rises with level.
/// </summary>
public static class CommandVerbs
{
    public enum Kind
    {
        Knowledge,
        Performance,
    }

    public sealed record Verb(string Word, int MinLevel, int MaxLevel, Kind Kind);

    public static IReadOnlyDictionary<string, Verb> Table { get; } = new Verb[]
    {
        new("list", 1, 2, Kind.Knowledge), new("state", 1, 2, Kind.Knowledge), new("define", 1, 2, Kind.Knowledge),
        new("identify", 1, 3, Kind.Knowledge), new("outline", 1, 3, Kind.Knowledge), new("summarise", 1, 3, Kind.Knowledge),
        new("describe", 1, 3, Kind.Knowledge), new("explain", 2, 4, Kind.Knowledge), new("compare", 2, 4, Kind.Knowledge),
        new("assess", 2, 5, Kind.Knowledge), new("justify", 3, 5, Kind.Knowledge), new("analyse", 3, 8, Kind.Knowledge),
        new("evaluate", 3, 8, Kind.Knowledge), new("reflect", 2, 8, Kind.Knowledge), new("review", 2, 8, Kind.Knowledge),
        new("discuss", 2, 5, Kind.Knowledge), new("investigate", 3, 8, Kind.Knowledge), new("critically", 6, 8, Kind.Knowledge),
        new("develop", 3, 8, Kind.Performance), new("implement", 3, 8, Kind.Performance), new("manage", 3, 8, Kind.Performance),
        new("monitor", 3, 8, Kind.Performance), new("lead", 3, 8, Kind.Performance), new("facilitate", 3, 8, Kind.Performance),
        new("promote", 3, 8, Kind.Performance), new("ensure", 3, 8, Kind.Performance), new("support", 3, 8, Kind.Performance),
        new("demonstrate", 1, 8, Kind.Performance), new("use", 1, 8, Kind.Performance), new("carry", 1, 8, Kind.Performance),
        new("agree", 2, 8, Kind.Performance), new("plan", 2, 8, Kind.Performance), new("establish", 3, 8, Kind.Performance),
        new("provide", 2, 8, Kind.Performance), new("apply", 2, 8, Kind.Performance), new("work", 1, 8, Kind.Performance),
        new("record", 1, 8, Kind.Performance), new("produce", 1, 8, Kind.Performance), new("prepare", 1, 8, Kind.Performance),
    }.ToDictionary(v => v.Word, StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that cannot be observed or evidenced: fine as outcome stems, a defect in criteria.</summary>
    public static IReadOnlyList<string> Unassessable { get; } = ["know", "understand", "appreciate", "be aware of", "be familiar with", "learn", "recognise the importance"];

    /// <summary>
    /// A verb a criterion can start with: a curated or configured command verb, or any English verb
    /// in its base form (Select, Torque, Hand over). The curated table holds "critically", which
    /// opens "Critically analyse".
    /// </summary>
    public static bool IsCommandVerb(string word, LintConfig config) =>
        Table.ContainsKey(word) || config.ExtraVerbs.Contains(word) || Lexicon.EnglishVerbs.IsBaseForm(word);

    /// <summary>The word after the first, without trailing punctuation, or empty.</summary>
    public static string SecondWord(string plain)
    {
        var t = plain.TrimStart();
        var first = FirstWord(t).Length;
        return FirstWord(t[first..].TrimStart(' ', ',', ';'));
    }

    public static string FirstWord(string plain)
    {
        var t = plain.TrimStart();
        var end = 0;
        while (end < t.Length && (char.IsLetter(t[end]) || t[end] == '-'))
        {
            end++;
        }

        return t[..end];
    }
}
