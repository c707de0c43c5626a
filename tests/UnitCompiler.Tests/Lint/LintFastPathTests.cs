using CsCheck;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Rules;
using UnitCompiler.Text;
using static UnitCompiler.Tests.Lint.LintTestHelpers;

namespace UnitCompiler.Tests.Lint;

/// <summary>
/// The rules that skip work (a text that cannot hold a compound, a word scanner instead of a regex)
/// find what the plain regexes found, including in texts outside ASCII.
/// </summary>
public class LintFastPathTests
{
    [Theory]
    [InlineData("a PERSON CENTRED approach")]
    [InlineData("a Person Centred approach in the café")] // the text is not ASCII
    public void CompoundIsFoundWhateverTheCaseAndCharacters(string replacement)
    {
        var findings = LintSeed("Facilitate a person-centred approach", "Facilitate " + replacement);
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2" && f.Diagnostic.Message.StartsWith("'" + replacement[2..16] + "'", StringComparison.Ordinal));
    }

    /// <summary>
    /// The open form is searched for with a plain ignore-case search, not a regex built from the
    /// compound: a 6,000-letter "compound" from the spec fuzzer made the regex engine refuse to
    /// build its automaton, and the exception escaped lint.
    /// </summary>
    [Fact]
    public void LongCompoundIsSearchedWithoutARegex()
    {
        var half = new string('x', 6000);
        var findings = LintSeed("Facilitate a person-centred approach", $"Facilitate a {half}-{half} and a {half} {half} approach");
        Assert.Contains(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2");
    }

    [Theory]
    [InlineData("person centredness")]
    [InlineData("_person centred")]
    [InlineData("person centred2")]
    public void OpenFormInsideALongerWordIsNotACompound(string replacement)
    {
        var findings = LintSeed("Facilitate a person-centred approach", "Facilitate a " + replacement + " approach");
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "UNITC1020" && f.CriterionId == "7.2");
    }

    [Theory]
    [InlineData("café Café", true)]
    [InlineData("über über", true)]
    [InlineData("2 2", false)]
    [InlineData("care careful", false)]
    [InlineData("care, care", false)]
    public void DoubledWordsOutsideAscii(string words, bool reported)
    {
        var findings = LintSeed("Facilitate a person-centred approach", $"Facilitate a {words} approach");
        Assert.Equal(reported, findings.Any(f => f.Diagnostic.Id == "UNITC1022" && f.CriterionId == "7.2"));
    }

    private static readonly string[] Compounds = ["person-centred", "risk-taking", "abc-abc", "care-plan"];

    /// <summary>Words and gaps that sit near the edges of a whole-word match: case, letters outside ASCII, digits, underscores, doubled spaces, hyphens.</summary>
    private static readonly Gen<string> CompoundTexts = Gen.Select(
        OneOf("person", "PERSON", "Person", "centred", "CENTRED", "risk", "taking", "abc", "ABC", "care", "plan", "café", "ı", "x", "2", "_", "centred2", "pérson"),
        OneOf(" ", " ", " ", "  ", "-", ", ", "_", "", "\n", "\u00A0")).Array[0, 12]
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    /// <summary>
    /// The single pass over each text finds what a whole-word, ignore-case search of each text for
    /// each compound's open form finds, in the same order (the reports' order follows it).
    /// </summary>
    [Fact]
    public void OpenFormsMatchASearchPerCompound()
    {
        CompoundTexts.Array[1, 4].Sample(values =>
        {
            var texts = values.Select(v => new LintText(new LocatedText(v), null, "test")).ToList();
            var expected = new List<(string Text, int Start, int End, string Compound)>();
            foreach (var t in texts)
            {
                foreach (var compound in Compounds)
                {
                    var words = compound.Replace('-', ' ');
                    var text = t.Text.Value;
                    for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
                    {
                        var end = at + words.Length;
                        if ((at == 0 || !IsWord(text[at - 1])) && (end == text.Length || !IsWord(text[end])))
                        {
                            expected.Add((text, at, end, compound));
                        }
                    }
                }
            }

            var actual = InconsistentCompoundRule.OpenForms(texts, Compounds)
                .Select(o => (o.Text.Text.Value, o.Match.Start.Value, o.Match.End.Value, o.Compound)).ToList();
            Assert.Equal(expected, actual);
        }, iter: 2000);
    }

    private static Gen<string> OneOf(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static bool IsWord(char c) => System.Text.RegularExpressions.Regex.IsMatch(c.ToString(), @"^\w$");

    /// <summary>
    /// The hyphenated-compound scan finds what the regex it replaced found, at the edges that
    /// decide a match: runs of two, three or more letters, letters outside ASCII, digits,
    /// underscores, combining marks (U+0301, U+0903), the zero-width joiner and non-joiner, hyphens in a row.
    /// </summary>
    [Fact]
    public void HyphenatedScanMatchesTheRegex()
    {
        var regex = new System.Text.RegularExpressions.Regex(@"\b[A-Za-z]{3,}-[A-Za-z]{3,}\b", System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        foreach (var edge in new[] { "\u0903abc-def", "abc-def\u0903", "\u200Dabc-def", "abc-def\u200C", "\u0301abc-def", "abc-def\u0301", "é abc-def_", "abc-def-ghi-jkl", "ab-cdef-ghi" })
        {
            Assert.Equal(regex.Matches(edge).Select(m => (m.Index, m.Index + m.Length)).ToList(), InconsistentCompoundRule.Hyphenated(edge));
        }

        var pieces = OneOf("ab", "abc", "Person", "centred", "x", "-", "-", "--", " ", ", ", "é", "ı", "2", "_", "\u0301", "\u0903", "\u200D", "\u200C", "\u00A0", "\n");
        pieces.Array[0, 16].Select(string.Concat).Sample(text =>
        {
            var expected = regex.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
            Assert.Equal(expected, InconsistentCompoundRule.Hyphenated(text));
        }, iter: 5000);
    }
}
