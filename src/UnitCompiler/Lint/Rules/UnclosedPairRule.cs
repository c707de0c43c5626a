using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A bracket never closed in its text, or a quote never closed in its sentence. Apostrophes are
/// told apart from quotes by position: an opening quote follows a space or bracket and precedes a
/// letter; "individuals' " closes nothing unless a quote is open in the same sentence.
/// </summary>
public sealed class UnclosedPairRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUnclosedPair;

    public void Check(LintContext context)
    {
        foreach (var t in context.Texts)
        {
            Scan(context, t);
        }
    }

    private void Scan(LintContext context, LintText t)
    {
        var s = t.Text.Value;
        var brackets = new Stack<(char Open, int At)>();
        (char Quote, int At)? quote = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var before = i > 0 ? s[i - 1] : ' ';
            var after = i + 1 < s.Length ? s[i + 1] : ' ';
            switch (c)
            {
                case '(' or '[':
                    brackets.Push((c, i));
                    break;
                case ')' or ']' when brackets.Count > 0:
                    brackets.Pop();
                    break;
                case '\'' or '"' or '\u2018' or '\u201C' when quote is null && IsOpening(before, after):
                    quote = (c, i);
                    break;
                case '\'' or '"' or '\u2019' or '\u201D' when quote is not null && char.IsLetter(after) is false:
                    quote = null;
                    break;
                case '.' or '!' or '?' when quote is not null && (i + 1 == s.Length || (after == ' ' && i + 2 < s.Length && char.IsUpper(s[i + 2]))):
                    // A sentence ended with the quote still open: report it where it opened.
                    Report(context, t, quote.Value.At, "the quote");
                    quote = null;
                    break;
            }
        }

        if (quote is { } q)
        {
            Report(context, t, q.At, "the quote");
        }

        foreach (var (open, at) in brackets)
        {
            Report(context, t, at, $"the bracket '{open}'");
        }
    }

    private void Report(LintContext context, LintText t, int at, string what) =>
        context.Report(Descriptor, t.Text, at, 1, t.CriterionId, what);

    private static bool IsOpening(char before, char after) => (char.IsWhiteSpace(before) || before is '(' or '[') && char.IsLetterOrDigit(after);
}
