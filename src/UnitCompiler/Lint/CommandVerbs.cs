using UnitCompiler.Model;

namespace UnitCompiler.Lint;

/// <summary>
/// What lint asks of a criterion's first words: the curated command verbs (levels are a guide, never a
/// rule: depth rises with level), any base-form English verb, and the verbs that cannot be assessed.
/// </summary>
public static class CommandVerbs
{
    /// <summary>The curated verbs with their levels and kinds (<see cref="CommandVerbTable"/>).</summary>
    public static IReadOnlyDictionary<string, CommandVerb> Table => CommandVerbTable.All;

    /// <summary>Verbs that cannot be observed or evidenced: fine as outcome stems, a defect in criteria.</summary>
    public static IReadOnlyList<string> Unassessable { get; } = ["know", "understand", "appreciate", "be aware of", "be familiar with", "learn", "recognise the importance"];

    /// <summary>
    /// The unassessable verb <paramref name="text"/> opens with, matched as whole words ("Under
    /// supervision" does not open with "understand"), or null.
    /// </summary>
    public static string? UnassessableOpening(string text)
    {
        var rest = text.AsSpan().TrimStart();
        foreach (var verb in Unassessable)
        {
            if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && (rest.Length == verb.Length || !char.IsLetter(rest[verb.Length])))
            {
                return verb;
            }
        }

        return null;
    }

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
