using CsCheck;
using UnitCompiler.Lint;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Lint;

/// <summary>`lint --fix`: mechanical fixes are edits at their findings' spans, and nothing else in the spec changes.</summary>
public class LintFixTests
{
    private static readonly string SeedSpec = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "spec", "L-652-0848.yaml"));

    private static (string Text, int Applied, IReadOnlyList<LintFinding> Left) Fix(string spec) => LintFixer.FixSpec("spec.yaml", spec, LintConfig.Default);

    [Fact]
    public void FixingTheSeedSpecLeavesOnlyJudgementFindingsAndACanonicalSpec()
    {
        var (text, applied, left) = Fix(SeedSpec);
        Assert.Equal(8, applied); // two key terms, four compounds ('skill based' among them), two US spellings
        var reread = SpecReader.Read(new SourceText("spec.yaml", text));
        Assert.DoesNotContain(reread.Diagnostics, d => d.Severity >= UnitCompiler.Diagnostics.DiagnosticSeverity.Warning);
        // Judgement findings only; UNITC1040 is the key concept on CQC compliance, which no criterion of this unit serves.
        Assert.Equal(["UNITC1002", "UNITC1004", "UNITC1023", "UNITC1040"], left.Select(f => f.Diagnostic.Id).Distinct().Order());
        Assert.Equal(left.Select(f => f.Diagnostic.Message), Linter.Lint(reread.Unit!, LintConfig.Default, "spec.yaml").Select(f => f.Diagnostic.Message));
        Assert.Equal(text, SpecWriter.Write(reread.Unit!)); // fmt --check passes
    }

    [Fact]
    public void FixesAreCarriedInJsonAndSarif()
    {
        var findings = Fix(SeedSpec.Replace("relationship-centered", "relationship-centered", StringComparison.Ordinal)).Left;
        var withFixes = Linter.Lint(SpecReader.Read(new SourceText("spec.yaml", SeedSpec)).Unit!, LintConfig.Default, "spec.yaml");
        using var sarif = System.Text.Json.JsonDocument.Parse(UnitCompiler.Lint.Output.LintReportWriter.Sarif(withFixes));
        var centered = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Single(r => r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("'centered'", StringComparison.Ordinal));
        var replacement = centered.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("centred", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(8, replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32() - replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        using var json = System.Text.Json.JsonDocument.Parse(UnitCompiler.Lint.Output.LintReportWriter.Json(withFixes));
        Assert.Contains(json.RootElement.EnumerateArray(), f => f.TryGetProperty("fix", out var fix) && fix.GetProperty("replacement").GetString() == "centred");
        Assert.DoesNotContain(findings, f => f.Fix is not null);
    }

    [Fact]
    public void CommentsAndEverythingElseOutsideTheFixedWordsSurvive()
    {
        var commented = SeedSpec.Replace("outcomes:\n", "outcomes: # reviewed by the standards team\n", StringComparison.Ordinal)
            .Replace("balanced approach to risk taking", "balanced approach to risk taking # wording of the standard", StringComparison.Ordinal);
        var (text, _, _) = Fix(commented);
        Assert.Contains("outcomes: # reviewed by the standards team\n", text, StringComparison.Ordinal);
        Assert.Contains("balanced approach to risk-taking # wording of the standard", text, StringComparison.Ordinal);
        Assert.Equal(Fix(SeedSpec).Text.Length + commented.Length - SeedSpec.Length, text.Length);
    }

    [Fact]
    public void AFixIsSkippedWhenItsSpanNoLongerHoldsItsWords()
    {
        var fix = new LintFix(new UnitCompiler.Diagnostics.SourceLocation("x", 0, 0), 4, "color", "colour");
        Assert.Equal(("the colour", 0), (LintFixer.Apply("the colour", [fix]).Text, LintFixer.Apply("the colour", [fix]).Applied.Count));
        Assert.Equal("the colour", LintFixer.Apply("the color", [fix]).Text);
    }

    [Fact]
    public void DryRunDiffShowsEachChangedLineInPlace()
    {
        var diff = LintFixer.Diff("s.yaml", "a\nb color\nc\n", "a\nb colour\nc\n");
        Assert.Equal("--- a/s.yaml\n+++ b/s.yaml\n@@ -1,4 +1,4 @@\n a\n-b color\n+b colour\n c\n \n", diff);
    }

    /// <summary>US spellings a writer might type for words of the seed spec, each with the seed's own UK word.</summary>
    private static readonly (string Uk, string Us)[] Swaps =
    [
        ("recognises", "recognizes"), ("recognising", "recognizing"), ("recognise", "recognize"), ("centred", "centered"),
        ("minimise", "minimize"), ("prioritising", "prioritizing"), ("organised", "organized"), ("centre", "center"), ("Analyse", "Analyze"),
    ];

    [Fact]
    public void FixChangesNothingOutsideAFindingsSpan()
    {
        var (baseline, _, _) = Fix(SeedSpec);
        // Swap a random choice of the seed's UK words (at random occurrences) for US spellings:
        // fixing must give back, byte for byte, what fixing the seed gives, so no edit strayed from its span.
        var occurrences = Swaps.Where(s => s.Uk != s.Us)
            .SelectMany(s => AllIndexes(SeedSpec, " " + s.Uk + " ").Select(i => (At: i + 1, s.Uk, s.Us))).ToArray();
        Assert.True(occurrences.Length >= 10);
        Gen.Int[0, occurrences.Length - 1].Array[1, 8].Sample(picks =>
        {
            var chosen = picks.Distinct().Select(p => occurrences[p]).OrderByDescending(o => o.At).ToList();
            var spec = SeedSpec;
            foreach (var (at, uk, us) in chosen)
            {
                spec = spec[..at] + us + spec[(at + uk.Length)..];
            }

            var (text, _, _) = Fix(spec);
            return text == baseline;
        }, iter: 40);
    }

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
