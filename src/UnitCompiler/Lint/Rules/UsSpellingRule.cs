using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Lint.Lexicon;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// US spellings in a UK qualification, with the UK form suggested (and offered as a fix). The pairs
/// come from SCOWL (Lint/Lexicon); the few words whose UK spelling depends on their sense are
/// decided here from the words around them (see <see cref="SenseSpellings"/>).
/// </summary>
public sealed partial class UsSpellingRule : ILintRule
{
    // Words where -ize is the only spelling in British English too.
    private static readonly HashSet<string> IzeExceptions = new(StringComparer.OrdinalIgnoreCase) { "size", "sized", "sizes", "seize", "seized", "prize", "prizes", "capsize", "baize", "maize" };

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUsSpelling;

    public void Check(LintContext context)
    {
        bool? computing = null;
        bool ComputingUnit() => computing ??= context.Texts.Any(t => SenseSpellings.IsAboutComputing(t.Text.Value));
        foreach (var t in context.Texts)
        {
            var text = t.Text.Value;
            for (var at = NextWord(text, 0, out var length); at >= 0; at = NextWord(text, at + length, out length))
            {
                if (Suggest(text, at, length, context.Config.Spelling, ComputingUnit) is { } uk)
                {
                    var word = text.Substring(at, length);
                    context.ReportWithFix(Descriptor, t.Text, at, length, t.CriterionId, uk, false, word, uk);
                }
            }
        }
    }

    /// <summary>The UK spelling of a US word, or null when the word is not a US spelling.</summary>
    public static string? Suggest(string word, SpellingStyle style = SpellingStyle.British) => Suggest(word, 0, word.Length, style);

    /// <summary>The UK spelling of the word at <paramref name="at"/> in <paramref name="text"/>, read in its sentence.</summary>
    public static string? Suggest(string text, int at, int length, SpellingStyle style) => Suggest(text, at, length, style, static () => false);

    private static string? Suggest(string text, int at, int length, SpellingStyle style, Func<bool> computingUnit)
    {
        var word = text.AsSpan(at, length);
        var uk = SenseSpellings.Suggest(text, at, length, computingUnit, out var decided);
        if (decided)
        {
            return uk is null ? null : MatchCase(word, uk);
        }

        if (SpellingVariants.UkOf(word, style) is { } listed)
        {
            return MatchCase(word, listed);
        }

        // -ize, -izing, -ized, -ization, -yze beyond the list: operationalize, analyzer. A word
        // with no z cannot match, so most words skip the regex.
        if (style == SpellingStyle.Oxford && !word.Contains("yz", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!word.Contains('z') && !word.Contains('Z'))
        {
            return null;
        }

        var w = word.ToString();
        if (IzeExceptions.Contains(w))
        {
            return null;
        }

        var m = Ize().Match(w);
        return m.Success ? MatchCase(word, w[..m.Index] + m.Value.Replace('z', 's')) : null;
    }

    private static string MatchCase(ReadOnlySpan<char> original, string suggestion) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion;

    /// <summary>The next run of ASCII letters at or after <paramref name="from"/>, or -1.</summary>
    private static int NextWord(string text, int from, out int length)
    {
        var start = from;
        while (start < text.Length && !char.IsAsciiLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        length = end - start;
        return length > 0 ? start : -1;
    }

    [GeneratedRegex(@"(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Ize();
}
