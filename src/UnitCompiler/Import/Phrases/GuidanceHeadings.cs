using System.Globalization;
using System.Text.RegularExpressions;
using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>
/// The headings of a topic synopsis, as authors and exports spell them. A heading is one of these
/// phrases once decoration is set aside (Markdown marks, bold, tags, case, "&amp;" for "and", a
/// trailing colon), or one of them followed by a qualifier ("Key Concepts &amp; Core Principles",
/// "Exam Tips: Unit 3"). Phrases are whole: "Revision" alone or "Examiner" are not headings, since
/// items start with those words ("Revision little and often").
/// </summary>
internal static partial class GuidanceHeadings
{
    private static readonly (string Section, string[] Phrases)[] Table =
    [
        ("synopsis", ["topic synopsis", "synopsis", "overview", "topic overview", "unit overview", "summary", "topic summary"]),
        (GuidanceKinds.SpecKeyOf(GuidanceKind.KeyConcepts),
            ["key concepts", "core principles", "core concepts", "key principles", "key ideas", "key terms", "key terms and concepts",
             "key concepts and principles", "key concepts and definitions"]),
        (GuidanceKinds.SpecKeyOf(GuidanceKind.ExamTips),
            ["exam tips", "examination tips", "exam and revision tips", "revision tips", "revision strategies", "revision techniques",
             "assessment tips", "study tips", "tips for success", "exam technique", "exam techniques", "tips"]),
        (GuidanceKinds.SpecKeyOf(GuidanceKind.Misconceptions),
            ["common misconceptions", "misconceptions", "common mistakes", "mistakes to avoid", "common errors", "common pitfalls",
             "pitfalls to avoid", "misconceptions and mistakes"]),
        (GuidanceKinds.SpecKeyOf(GuidanceKind.MarkingPoints),
            ["examiner marking points", "examiners marking points", "examiner's marking points", "examiners' marking points", "marking points",
             "assessor marking points", "what examiners look for", "what assessors look for", "marking guidance", "examiner guidance"]),
    ];

    /// <summary>Longer than any heading with its qualifier; a line this long is prose.</summary>
    private const int MaxWords = 9;

    public static bool IsSynopsisHeading(string text) => Classify(text) is not null;

    /// <summary>A section's heading as messages name it: its first phrase ("Key Concepts", "Examiner Marking Points").</summary>
    public static string NameOf(string section) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Table.First(t => t.Section == section).Phrases[0]);

    /// <summary>The guidance section a heading opens ("synopsis", or a kind's spec key), or null.</summary>
    public static string? Classify(string text)
    {
        var t = Normalise(text);
        if (t.Length == 0 || t.Length > 80 || t[^1] is '.' or '?' or '!' or ';' || t.Split(' ').Length > MaxWords)
        {
            return null;
        }

        foreach (var (section, phrases) in Table)
        {
            foreach (var phrase in phrases)
            {
                if (t.StartsWith(phrase, StringComparison.Ordinal) && (t.Length == phrase.Length || IsQualifier(t.AsSpan(phrase.Length))))
                {
                    return section;
                }
            }
        }

        return null;
    }

    /// <summary>What may follow a heading's phrase: "and ...", ": ...", "- ...", "(...)", "for unit 3".</summary>
    private static bool IsQualifier(ReadOnlySpan<char> rest) =>
        rest.StartsWith(" and ") || rest.StartsWith(": ") || rest.StartsWith(" - ") || rest.StartsWith(" – ") || rest.StartsWith(" — ")
        || rest.StartsWith(" (") || rest.StartsWith(" for ") || rest.StartsWith(" to avoid");

    /// <summary>Lower case; Markdown heading marks, bold, underline and tags removed; "&amp;" read as "and"; white space folded; trailing colon dropped.</summary>
    public static string Normalise(string text)
    {
        var t = Tag().Replace(text, " ").Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase).Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        t = t.Trim().TrimStart('#').Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        t = t.Replace('\u2019', '\'').Replace("&", " and ", StringComparison.Ordinal);
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd(':').Trim();
        return t.ToLowerInvariant();
    }

    [GeneratedRegex("<[/!]?[A-Za-z][^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();
}
