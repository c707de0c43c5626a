using System.Collections.Frozen;

namespace UnitCompiler.Lint.Lexicon;

/// <summary>
/// English verbs from WordNet 3.0: is a word a verb in its base form, and what is the base form of
/// an inflected one. Built once per process into frozen sets; a look-up takes a span and allocates
/// nothing, because lint asks it for every criterion of every unit.
/// </summary>
public static class EnglishVerbs
{
    private static readonly FrozenSet<string> Base = EmbeddedWordList.Read("verbs.txt")
        .Select(l => string.Join(' ', l)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BaseBySpan = Base.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> Irregular = EmbeddedWordList.Read("verb-forms.txt")
        .GroupBy(l => l[0], StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.OrdinalIgnoreCase);

    // WordNet's own detachment rules (morphy), most specific first.
    private static readonly (string Suffix, string Ending)[] Detachments =
        [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];

    /// <summary>
    /// A verb in its base form: in WordNet, or a hyphenated spelling of one ("co-ordinate"), or a
    /// prefixed one whose last part is ("risk-assess", "re-evaluate"), or the UK spelling of one
    /// WordNet spells the US way ("sanitise"), or one of them again ("redraft").
    /// </summary>
    public static bool IsBaseForm(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (BaseBySpan.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0)
        {
            Span<char> joined = stackalloc char[word.Length];
            var n = 0;
            foreach (var c in word)
            {
                if (c != '-')
                {
                    joined[n++] = c;
                }
            }

            return BaseBySpan.Contains(joined[..n]) || IsBaseForm(word[(hyphen + 1)..]);
        }

        if (SpellingVariants.UsOf(word) is { } us && BaseBySpan.Contains(us))
        {
            return true;
        }

        // "re-" makes a verb of any verb, and WordNet lists few of them ("redraft", "recheck", "reinspect").
        return word.Length >= 5 && word.StartsWith("re", StringComparison.OrdinalIgnoreCase) && IsBaseForm(word[2..]);
    }

    /// <summary>A two-word verb WordNet lists ("dispose of", "hand over", "back up").</summary>
    public static bool IsPhrasal(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<char> both = stackalloc char[first.Length + second.Length + 1];
        first.CopyTo(both);
        both[first.Length] = ' ';
        second.CopyTo(both[(first.Length + 1)..]);
        return BaseBySpan.Contains(both);
    }

    /// <summary>The base form of an irregular verb form WordNet lists ("kept" to "keep", "written" to "write"), or null.</summary>
    public static string? IrregularBaseOf(string word) => Irregular.TryGetValue(word, out var b) ? b : null;

    /// <summary>The base form of an inflected verb ("Described" to "describe", "Led" to "lead"), or null.</summary>
    public static string? BaseOf(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        foreach (var (suffix, ending) in Detachments)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                var stem = word[..^suffix.Length];
                if (IsBaseForm(stem + ending))
                {
                    return (stem + ending).ToLowerInvariant();
                }

                // A doubled final consonant: "planned", "planning" to "plan".
                if (ending.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2] && IsBaseForm(stem.AsSpan(0, stem.Length - 1)))
                {
                    return stem[..^1].ToLowerInvariant();
                }
            }
        }

        return null;
    }
}
