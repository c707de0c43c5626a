using System.Text.RegularExpressions;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Lexicon;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Words for matching: Markdown stripped, lower case, US spellings folded to UK, stop words
/// removed, and a light suffix stemmer so "recognising", "recognises" and "recognise" meet.
/// </summary>
internal static partial class TextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "both",
        "but", "by", "can", "could", "do", "does", "each", "e", "eg", "etc", "for", "from", "g", "has", "have", "how", "i", "ie",
        "if", "in", "including", "into", "is", "it", "its", "may", "more", "most", "must", "not", "of", "on", "or", "other",
        "others", "own", "rather", "should", "so", "such", "than", "that", "the", "their", "them", "there", "these", "they",
        "this", "those", "through", "to", "use", "used", "using", "was", "ways", "were", "what", "when", "where", "which",
        "while", "who", "will", "with", "within", "without", "would", "you", "your", "learner", "learners", "ensuring",
        "individual", "individuals", "example", "examples", "specific", "clear", "clearly",
    };

    public static IEnumerable<string> Terms(string markdown)
    {
        foreach (Match m in Word().Matches(MarkdownInline.ToPlainText(markdown).ToLowerInvariant()))
        {
            var word = m.Value.Replace('\u2019', '\'').TrimEnd('\'');
            if (word.EndsWith("'s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }

            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= 2 && !StopWords.Contains(part))
                {
                    yield return Stem(Lemma(part));
                }
            }
        }
    }

    /// <summary>
    /// Through the lint lexicon: an irregular verb form to its base ("kept", "keep"), then a US-only
    /// spelling to the UK one (SCOWL: "aluminum", "aluminium"), which the suffix stemmer cannot meet.
    /// </summary>
    private static string Lemma(string w)
    {
        var b = EnglishVerbs.IrregularBaseOf(w) ?? w;
        return SpellingVariants.UkOf(b, SpellingStyle.British) ?? ToBritish(b);
    }

    private static string ToBritish(string w) =>
        w.Replace("center", "centre", StringComparison.Ordinal).Replace("iz", "is", StringComparison.Ordinal).Replace("yz", "ys", StringComparison.Ordinal).Replace("behavior", "behaviour", StringComparison.Ordinal);

    internal static string Stem(string w)
    {
        if (w.Length <= 3)
        {
            return w;
        }

        foreach (var (suffix, replacement, min) in Suffixes)
        {
            if (w.Length - suffix.Length >= min && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length] + replacement;
                break;
            }
        }

        // Final e and doubled consonants: "recognise"/"recognis", "planning"/"plann" meet their base.
        if (w.Length > 4 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1]))
        {
            w = w[..^1];
        }

        return w;
    }

    private static readonly (string Suffix, string Replacement, int Min)[] Suffixes =
    [
        ("isations", "ise", 3), ("isation", "ise", 3), ("ational", "ate", 3), ("ations", "ate", 3), ("ation", "ate", 3),
        ("fulness", "ful", 3), ("iveness", "ive", 3), ("ments", "", 4), ("ment", "", 4), ("ities", "", 3), ("ity", "", 3),
        ("ingly", "", 3), ("ings", "", 3), ("ing", "", 3), ("edly", "", 3), ("ies", "y", 2), ("ied", "y", 2),
        ("ed", "", 3), ("ers", "", 3), ("er", "", 4), ("ly", "", 4), ("es", "", 4), ("s", "", 3),
    ];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*", RegexOptions.NonBacktracking)]
    private static partial Regex Word();
}
