using System.Collections.Frozen;

namespace UnitCompiler.Lint.Lexicon;

/// <summary>
/// US and UK spellings of one word, from SCOWL's American-only and British-only lists. Built once
/// per process; look-ups take a span and allocate nothing.
/// </summary>
public static class SpellingVariants
{
    private static readonly (string Us, string Uk, bool Oxford)[] Pairs =
        [.. EmbeddedWordList.Read("us-uk.txt").Select(l => (l[0], l[1], l.Length > 2 && l[2] == "z"))];

    private static readonly FrozenDictionary<string, (string Uk, bool Oxford)> UkByUs =
        Pairs.ToFrozenDictionary(p => p.Us, p => (p.Uk, p.Oxford), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Uk, bool Oxford)>.AlternateLookup<ReadOnlySpan<char>> UkByUsSpan =
        UkByUs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> UsByUk =
        Pairs.GroupBy(p => p.Uk, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().Us, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The UK spelling of a US-only word, in lower case, or null. With Oxford spelling, a US form
    /// Oxford also writes (-ize: "organize") has none.
    /// </summary>
    public static string? UkOf(ReadOnlySpan<char> us, SpellingStyle style) =>
        UkByUsSpan.TryGetValue(us, out var v) && !(v.Oxford && style == SpellingStyle.Oxford) ? v.Uk : null;

    /// <summary>The US spelling of a UK-only word, in lower case, or null.</summary>
    public static string? UsOf(ReadOnlySpan<char> uk) => UsByUk.TryGetValue(uk, out var us) ? us : null;
}
