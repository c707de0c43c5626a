using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>"the the": a word written twice in a row.</summary>
public sealed class DoubledWordRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintDoubledWord;

    public void Check(LintContext context)
    {
        foreach (var t in context.Texts)
        {
            var text = t.Text.Value;
            var (start, length) = (-1, 0);
            for (var at = NextWord(text, 0, out var wordLength); at >= 0; at = NextWord(text, at + wordLength, out wordLength))
            {
                if (start >= 0
                    && text.AsSpan(start, length).Equals(text.AsSpan(at, wordLength), StringComparison.OrdinalIgnoreCase)
                    && text.AsSpan(start + length, at - start - length).Trim().IsEmpty
                    && !char.IsDigit(text[start])
                    && !IsHyphen(text, start - 1) && !IsHyphen(text, at + wordLength)
                    && IsAllCapitals(text.AsSpan(start, length)) == IsAllCapitals(text.AsSpan(at, wordLength)))
                {
                    context.Report(Descriptor, t.Text, start, at + wordLength - start, t.CriterionId, text.Substring(at, wordLength));
                }

                (start, length) = (at, wordLength);
            }
        }
    }

    /// <summary>
    /// A word of two or more capitals: a name in capitals next to the same word in lower case is two
    /// words, as "AND or OR" (spreadsheet functions) says "or" once.
    /// </summary>
    private static bool IsAllCapitals(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExcept(CapitalsAndDigits);

    private static readonly System.Buffers.SearchValues<char> CapitalsAndDigits = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>
    /// A hyphen at <paramref name="index"/>: a word joined by one is part of a compound, so "an in-date date" or
    /// "check check-in times" says the word once.
    /// </summary>
    private static bool IsHyphen(string text, int index) => index >= 0 && index < text.Length && text[index] is '-' or '\u2010' or '\u2011';

    /// <summary>
    /// The next run of letters and numbers (what <c>[\p{L}\p{N}]+</c> matches: char.IsLetter is the
    /// L categories, char.IsNumber the N ones) at or after <paramref name="from"/>, or -1. A hand
    /// loop rather than a regex: this rule reads every word of the unit and allocated a match each.
    /// </summary>
    private static int NextWord(string text, int from, out int length)
    {
        var start = from;
        while (start < text.Length && !IsWordChar(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        length = end - start;
        return length > 0 ? start : -1;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
