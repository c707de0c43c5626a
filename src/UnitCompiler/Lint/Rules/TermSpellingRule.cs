using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A term that resolves, but is spelt otherwise than its definition ("strength-based" for
/// "Strengths-based"), or that resolves only as a variant spelling ("preventative" for
/// "preventive", "organization" for "organisation"). The fix spells the term as defined.
/// </summary>
public sealed class TermSpellingRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintTermSpelling;

    public void Check(LintContext context)
    {
        foreach (var criterion in context.Unit.Criteria)
        {
            foreach (var term in criterion.Terms)
            {
                var definitions = context.Terms.Resolve(term.Value, criterion.Id);
                if (definitions.Count == 0 && TermVariants.FindVariant(context.Unit, term.Value) is { } variant)
                {
                    definitions = [variant];
                }

                if (definitions.Count != 1)
                {
                    continue; // compound spans resolve part by part; their parts are checked as written
                }

                var defined = MarkdownInline.ToPlainText(definitions[0].Term.Value);
                if (KeyTermResolver.Normalise(defined).StartsWith(KeyTermResolver.Normalise(term.Value) + " ", StringComparison.Ordinal))
                {
                    continue; // "**static** and **mobile patrols**": the term is the first words of "Static patrols", its head shared with the next term
                }

                if (KeyTermResolver.QualifiedHeads(term.Value).Contains(KeyTermResolver.Normalise(defined)))
                {
                    continue; // "**tip cuttings from *Fuchsia* plants**": the defined term, and a phrase saying which ones
                }

                // "National Early Warning Score 2 (NEWS2)" defined as "NEWS2": the name given with the abbreviation defined.
                if (KeyTermResolver.BracketedEnd(term.Value) is var (_, abbreviation) && SameSpelling(abbreviation, defined))
                {
                    continue;
                }

                // "stress-vulnerability model (Zubin and Spring)": an attribution in brackets is not part of the spelling.
                var written = KeyTermResolver.BracketedEnd(term.Value) is var (bare, _) && KeyTermResolver.Normalise(bare) == KeyTermResolver.Normalise(defined)
                    ? bare
                    : MarkdownInline.ToPlainText(term.Value);
                if (!SameSpelling(written, defined))
                {
                    if (SpeltAsDefined(term.Value, defined) is { } respelt)
                    {
                        context.ReportWithFix(Descriptor, term.Text, 0, term.Value.Length, criterion.Id, respelt, true, term.Value, defined);
                    }
                    else
                    {
                        context.Report(Descriptor, term.Text, 0, term.Value.Length, criterion.Id, term.Value, defined);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The term spelt as its definition, word for word, keeping the term's own capitals and plural
    /// ("strength-based approaches" defined as "Strengths-based approaches" becomes
    /// "strengths-based approaches"); null when the words do not pair up or carry Markdown.
    /// </summary>
    private static string? SpeltAsDefined(string term, string defined)
    {
        var words = term.Split(' ');
        var definedWords = defined.Split(' ');
        if (words.Length != definedWords.Length || term.AsSpan().IndexOfAny("*_`[]") >= 0)
        {
            return null;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var d = definedWords[i];
            if (i == words.Length - 1 && words[i].EndsWith('s') && !d.EndsWith('s'))
            {
                d += "s"; // the term is the plural of the defined word
            }
            else if (i == words.Length - 1 && !words[i].EndsWith('s') && d.EndsWith('s') && !words[i].Equals(d, StringComparison.OrdinalIgnoreCase) && words[i].Equals(d[..^1], StringComparison.OrdinalIgnoreCase))
            {
                d = d[..^1];
            }

            words[i] = char.IsUpper(words[i][0]) ? char.ToUpperInvariant(d[0]) + d[1..] : char.ToLowerInvariant(d[0]) + d[1..];
        }

        var respelt = string.Join(' ', words);
        return respelt == term ? null : respelt;
    }

    /// <summary>Case, a plural of the whole term ("arrises" for "Arris") and a leading article ("the ease allowance") do not count; any other difference does.</summary>
    private static bool SameSpelling(string a, string b)
    {
        var x = KeyTermResolver.WithoutArticle(a.ToLowerInvariant());
        var y = KeyTermResolver.WithoutArticle(b.ToLowerInvariant());
        return x == y || x + "s" == y || x == y + "s" || x + "es" == y || x == y + "es";
    }
}
