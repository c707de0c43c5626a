using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Rules;

/// <summary>US spellings in a UK qualification, with the UK form suggested.</summary>
public sealed partial class UsSpellingRule : ILintRule
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["center"] = "centre", ["centered"] = "centred", ["centers"] = "centres", ["behavior"] = "behaviour", ["behaviors"] = "behaviours",
        ["color"] = "colour", ["favor"] = "favour", ["honor"] = "honour", ["labor"] = "labour", ["neighbor"] = "neighbour",
        ["neighbors"] = "neighbours", ["program"] = "programme", ["programs"] = "programmes", ["defense"] = "defence",
        ["license"] = "licence", ["practise"] = "practice", ["judgment"] = "judgement", ["fulfill"] = "fulfil", ["enroll"] = "enrol",
        ["catalog"] = "catalogue", ["dialog"] = "dialogue", ["aging"] = "ageing", ["pediatric"] = "paediatric", ["counseling"] = "counselling",
        ["modeling"] = "modelling", ["traveling"] = "travelling", ["labeled"] = "labelled",
    };

    // Words where -ize is the only spelling in British English too.
    private static readonly HashSet<string> IzeExceptions = new(StringComparer.OrdinalIgnoreCase) { "size", "sized", "sizes", "seize", "seized", "prize", "prizes", "capsize", "baize", "maize" };

    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUsSpelling;

    public void Check(LintContext context)
    {
        foreach (var t in LintText.All(context.Unit))
        {
            foreach (Match m in Word().Matches(t.Text.Value))
            {
                if (Suggest(m.Value) is { } uk)
                {
                    context.Report(Descriptor, t.Text, m.Index, m.Length, t.CriterionId, m.Value, uk);
                }
            }
        }
    }

    /// <summary>The UK spelling of a US word, or null when the word is not a US spelling.</summary>
    public static string? Suggest(string word)
    {
        if (Words.TryGetValue(word, out var uk))
        {
            return MatchCase(word, uk);
        }

        if (IzeExceptions.Contains(word))
        {
            return null;
        }

        // -ize, -izing, -ized, -ization, -yze: organize, emphasizing, analyze. Words are ASCII
        // letters, so one without a z cannot match: most words skip the regex.
        if (!word.Contains('z', StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var m = Ize().Match(word);
        return m.Success ? MatchCase(word, word[..m.Index] + m.Value.Replace('z', 's')) : null;
    }

    private static string MatchCase(string original, string suggestion) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(suggestion[0]) + suggestion[1..] : suggestion;

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.NonBacktracking)]
    private static partial Regex Word();

    [GeneratedRegex(@"(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Ize();
}
