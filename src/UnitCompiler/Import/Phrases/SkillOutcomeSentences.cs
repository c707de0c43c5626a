using System.Globalization;
using System.Text.RegularExpressions;
using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>What one clause of the assessment requirements says of some outcomes: all of them, or those numbered.</summary>
internal sealed record OutcomeStatement(OutcomeKind Kind, bool All, IReadOnlyList<int> Outcomes);

/// <summary>
/// The sentences of the assessment requirements that say which outcomes are skill based: "Learning
/// Outcomes 3, 5 and 7 are skill based", "LOs 3–5 must be assessed in the workplace", "LO3-LO5 are
/// competence based", "learning outcome 2 is observed in real work", and the complementary
/// "Learning outcomes 1 and 2 are knowledge based". Each mention of outcome numbers is read with the
/// clause that follows it, up to the next mention or the end of the sentence.
/// </summary>
internal static partial class SkillOutcomeSentences
{
    /// <summary>Wordings that make the outcomes of a clause knowledge outcomes; checked first, since "outside the workplace" also names a workplace.</summary>
    private static readonly string[] KnowledgeWordings =
    [
        "knowledge based", "knowledge only", "knowledge outcomes", "assessed outside", "evidenced outside", "generated outside",
        "away from the workplace", "away from the work", "outside the workplace", "outside of the workplace",
        "outside the work environment", "outside of the work environment",
    ];

    private static readonly string[] SkillWordings =
    [
        "skill based", "skills based", "competence based", "competency based", "performance based", "practice based",
        "work based", "workplace based", "practical", "in the workplace", "in the work place", "in a workplace",
        "in the work environment", "in a work environment", "in a real work", "in the real work", "in real work",
        "real work environment", "real work setting", "observed", "observation", "in the work setting",
        "realistic working environment", "realistic work environment", "real working environment", "in a working environment",
        "in the working environment",

        // Where the work itself is done, or a stand-in for it: "on board a vessel or in a realistic simulated environment".
        "realistic environment", "simulat", "on board", "on the job",
    ];

    private static readonly string[] Negations = [" not ", "n't ", " never ", " no need ", " without "];

    public static IEnumerable<OutcomeStatement> Read(string paragraph)
    {
        var text = paragraph.Replace('\u2010', '-').Replace('\u2011', '-');
        var mentions = Mention().Matches(text).Where(m => !IsDecimal(text, m.Index + m.Length)).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var clauseEnd = SentenceEnd(text, m.Index + m.Length, i + 1 < mentions.Count ? mentions[i + 1].Index : text.Length);
            var clause = Normalise(text[(m.Index + m.Length)..clauseEnd]);
            if (Classify(clause) is not { } kind)
            {
                continue;
            }

            var all = m.Groups["all"].Success;
            yield return new OutcomeStatement(kind, all, all ? [] : Numbers(m.Groups["list"].Value));
        }
    }

    private static OutcomeKind? Classify(string clause)
    {
        if (KnowledgeWordings.Any(w => clause.Contains(w, StringComparison.Ordinal)))
        {
            return OutcomeKind.Knowledge;
        }

        var at = SkillWordings.Select(w => clause.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (at < 0)
        {
            return null;
        }

        // "need not be assessed in the workplace" does not say the outcomes are knowledge based either:
        // such a clause names nothing, and the missing statement is reported rather than guessed.
        var before = clause[..at] + " ";
        return Negations.Any(n => before.Contains(n, StringComparison.Ordinal)) ? null : OutcomeKind.Skill;
    }

    /// <summary>"3, 5 and 7" → 3, 5, 7; "3-5", "3–5", "3 to 5", "LO3-LO5" → 3, 4, 5.</summary>
    private static List<int> Numbers(string list)
    {
        var numbers = new List<int>();
        var previousEnd = -1;
        foreach (Match n in Number().Matches(list))
        {
            var value = int.Parse(n.Value, CultureInfo.InvariantCulture);
            var separator = previousEnd < 0 ? string.Empty : list[previousEnd..n.Index];
            var isRange = separator.Contains('-') || separator.Contains('\u2013') || separator.Contains('\u2014') || separator.Contains(" to ", StringComparison.OrdinalIgnoreCase);
            if (isRange && numbers.Count > 0 && value > numbers[^1] && value - numbers[^1] <= 50)
            {
                for (var k = numbers[^1] + 1; k < value; k++)
                {
                    numbers.Add(k);
                }
            }

            numbers.Add(value);
            previousEnd = n.Index + n.Length;
        }

        return numbers;
    }

    /// <summary>"3.1" is a criterion, not outcome 3.</summary>
    private static bool IsDecimal(string text, int end) => end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);

    private static int SentenceEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (text[i] is ';' or '!' or '?' || text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return limit;
    }

    private static string Normalise(string clause) =>
        " " + string.Join(' ', clause.ToLowerInvariant().Replace('-', ' ').Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " ";

    // "Learning Outcomes 3, 5 and 7", "Learning outcomes (LOs) 3 to 5", "LOs 3–5", "LO3-LO5", "outcome 2", "all learning outcomes".
    [GeneratedRegex(
        @"\b(?:(?<all>all\s+(?:the\s+)?(?:(?:learning\s+)?outcomes|LOs))|(?:learning\s+outcomes?(?:\s*\(LOs?\))?|LOs?|outcomes?)\s*(?<list>\d{1,3}(?:\s*(?:,|&|and|or|to|-|\u2013|\u2014|/|\(|\))\s*(?:LOs?\s*)?\d{1,3})*))",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.NonBacktracking)]
    private static partial Regex Number();
}
