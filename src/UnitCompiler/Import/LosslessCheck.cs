using System.Net;
using System.Text.RegularExpressions;
using UnitCompiler.Model;
using UnitCompiler.Spec;

namespace UnitCompiler.Import;

/// <summary>
/// Proves an import lost nothing: every word of the source, less the structural labels that the
/// spec's keys replace, must appear in the spec as often as in the source. Words are compared
/// without case, tags and entities; numbers written as words count as their digits.
/// </summary>
public static partial class LosslessCheck
{
    // Labels whose words the spec's structure stands for ("Unit Title:" is the key "title").
    private static readonly string[] StructuralLabels =
    [
        "Learning Outcome (The Learner will):", "Assessment Criterion (The Learner can):",
        "Unit Title:", "Unit Reference Number:", "Minimum Guided Learning Hours:", "Guided Learning Hours:",
        "Credit Value:", "Level:", "Assessment Requirements", "Indicative Content",
        "Topic Synopsis", "Key Concepts & Core Principles", "Exam Tips & Revision Strategies",
        "Common Misconceptions & Mistakes to Avoid", "Examiner Marking Points",
    ];

    /// <summary>The source words the spec does not hold, with how many are missing of each; empty when nothing was lost.</summary>
    public static IReadOnlyDictionary<string, int> MissingWords(string sourceText, Unit unit)
    {
        var source = Count(SourceWords(sourceText));
        var spec = Count(Words(SpecWriter.Write(unit)).Concat(NumberWordsOf(unit)));
        var missing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, count) in source)
        {
            var have = spec.GetValueOrDefault(word);
            if (have < count)
            {
                missing[word] = count - have;
            }
        }

        return missing;
    }

    private static IEnumerable<string> SourceWords(string text)
    {
        var withoutTags = Tag().Replace(text, " ");
        var decoded = WebUtility.HtmlDecode(withoutTags);
        foreach (var label in StructuralLabels)
        {
            decoded = decoded.Replace(label, " ", StringComparison.OrdinalIgnoreCase);
        }

        // LO1 / AC2.2 markers are the spec's criterion keys; sub-item letters are item ids.
        decoded = Marker().Replace(decoded, " ");
        return Words(decoded);
    }

    private static IEnumerable<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant());

    /// <summary>"Five (5)" becomes level: 5; the word "five" is then held by the number.</summary>
    private static IEnumerable<string> NumberWordsOf(Unit unit)
    {
        foreach (var n in new[] { unit.Header.Level, unit.Header.Credit, unit.Header.GuidedLearningHours })
        {
            if (n is { } value && NumberWords.ToWords(value) is { } words)
            {
                foreach (var w in words.Split(' '))
                {
                    yield return w;
                }
            }
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:LO|AC)\s?\d+(?:\.\d+)?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();
}
