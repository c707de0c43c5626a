using UnitCompiler.Lint;
using UnitCompiler.Spec;
using Severity = UnitCompiler.Diagnostics.DiagnosticSeverity;
using UnitCompiler.Text;
using static UnitCompiler.Tests.Lint.LintTestHelpers;

namespace UnitCompiler.Tests.Lint;

/// <summary>Each rule fires on bad wording and stays quiet on good wording.</summary>
public class LintRuleTests
{
    private static readonly IReadOnlyList<LintFinding> Seed = LintSeed();

    [Fact]
    public void CommandVerb()
    {
        Assert.Empty(Seed.Ids("UNITC1001"));
        Assert.Equal(["4.1"], LintSeed("Assess the importance", "Learners should assess the importance").Ids("UNITC1001"));
        Assert.Equal(["4.1"], LintSeed("Assess the importance", "Assessing the importance").Ids("UNITC1001"));

        // An unassessable verb is UNITC1003's to report, matched as whole words: "Under" is not "understand".
        Assert.Empty(LintSeed("Assess the importance", "Understand the importance").Ids("UNITC1001"));
        Assert.Equal(["4.1"], LintSeed("Assess the importance", "Under supervision, the importance").Ids("UNITC1001"));
    }

    [Fact]
    public void CompoundVerb()
    {
        Assert.Equal(["3.1", "3.2", "3.3"], Seed.Ids("UNITC1002"));
        var allowed = LintConfig.Default with { AllowedPairs = LintConfig.Default.AllowedPairs.Add("Support and develop") };
        Assert.Equal(["3.1"], LintSeed(config: allowed).Ids("UNITC1002"));
    }

    [Fact]
    public void UnassessableVerb()
    {
        Assert.Empty(Seed.Ids("UNITC1003"));
        var findings = LintSeed("Assess the importance", "Understand the importance");
        Assert.Equal(["4.1"], findings.Ids("UNITC1003"));
        Assert.True(findings.Single(f => f.Diagnostic.Id == "UNITC1003").Diagnostic.IsError);
        Assert.Equal(["4.1"], LintSeed("Assess the importance", "Be aware of the importance").Ids("UNITC1003"));
    }

    [Fact]
    public void VerbLevel()
    {
        // Level 5: "Compare" (usually 2-4) once; "Describe" (1-3) is common at every level, so quiet.
        var compare = Assert.Single(Seed, f => f.Diagnostic.Id == "UNITC1004");
        Assert.Equal("'compare' usually appears at levels 2-4; this unit is level 5 (criteria 2.1)", compare.Diagnostic.Message);
        Assert.Equal(Severity.Info, compare.Diagnostic.Severity);
        // Configured to mention every verb: one finding per verb, naming each criterion that uses it.
        var loud = LintSeed(config: LintConfig.Default with { LevelQuietVerbs = [] }).Where(f => f.Diagnostic.Id == "UNITC1004").Select(f => (f.CriterionId, f.Diagnostic.Message)).ToList();
        Assert.Equal([("1.2", "'describe' usually appears at levels 1-3; this unit is level 5 (criteria 1.2, 4.3, 6.2)"), ("2.1", "'compare' usually appears at levels 2-4; this unit is level 5 (criteria 2.1)")], loud);
        Assert.Empty(LintUnit(SeedSpecUnit with { Header = SeedSpecUnit.Header with { Level = 3 } }).Ids("UNITC1004"));

        // Entry level: a verb first seen at Level 1 is not below it (the verbs' levels start at 1); one of a higher level is named against "Entry 3".
        var entry = LintUnit(SeedSpecUnit with { Header = SeedSpecUnit.Header with { Level = 0, EntryStage = 3 } }, LintConfig.Default with { LevelQuietVerbs = [] })
            .Where(f => f.Diagnostic.Id == "UNITC1004").Select(f => f.Diagnostic.Message).ToList();
        Assert.Contains("'compare' usually appears at levels 2-4; this unit is Entry 3 (criteria 2.1)", entry);
        Assert.DoesNotContain(entry, m => m.StartsWith("'describe'", StringComparison.Ordinal));
    }

    [Fact]
    public void OutcomeVerbMismatch()
    {
        Assert.Empty(Seed.Ids("UNITC1005"));
        var unit = Edited("Describe the range", "Promote the range", Edited("Evaluate how open", "Implement how open", Edited("Assess the importance", "Lead the importance")));
        Assert.Single(LintUnit(unit).Ids("UNITC1005"));
    }

    [Fact]
    public void UndefinedTermAndNoSeedTermLeftUnresolved()
    {
        Assert.Empty(Seed.Ids("UNITC1010"));
        Assert.Equal(["4.1"], LintSeed("Assess the importance of proactive approaches", "Assess the importance of **proactive approaches**").Ids("UNITC1010"));
    }

    [Fact]
    public void TermSpelling()
    {
        var findings = Seed.Where(f => f.Diagnostic.Id == "UNITC1011").Select(f => f.Diagnostic.Message).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains("key term 'strength-based approaches' is defined as 'Strengths-based approaches'; use one spelling", findings);
        Assert.Contains("key term 'outcomes-based practice' is defined as 'Outcome-based practice'; use one spelling", findings);
        var fixedSpelling = LintSeed("**strength-based approaches**", "**strengths-based approaches**");
        Assert.DoesNotContain(fixedSpelling, f => f.Diagnostic.Id == "UNITC1011" && f.Diagnostic.Message.Contains("strength"));
    }

    /// <summary>"**integrated** and **joined-up service provision**": the first term shares its head with the next, and is "Integrated service provision".</summary>
    [Fact]
    public void ATermSharingItsHeadWithTheNextResolvesAsTheWhole()
    {
        var findings = LintSeed("Evaluate how **integrated service provision**", "Evaluate how **integrated** and **joined-up service provision**");

        var undefined = findings.Where(f => f.Diagnostic.Id == "UNITC1010").Select(f => f.Diagnostic.Message).ToList();
        Assert.Equal(["key term 'joined-up service provision' of criterion 2.3 has no definition in the indicative content"], undefined);
        Assert.Empty(findings.Ids("UNITC1012")); // "Integrated service provision" is still used
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "UNITC1011" && f.Diagnostic.Message.Contains("'integrated'", StringComparison.Ordinal));

        // Not joined to it, the lone word is a term of its own and has no definition.
        var apart = LintSeed("Evaluate how **integrated service provision**", "Evaluate how **integrated** working and **joined-up service provision**");
        Assert.Equal(2, apart.Ids("UNITC1010").Length);
    }

    /// <summary>"Compare **assured**, **assured shorthold** and **secure** tenancies": each bold word of the list qualifies the noun after it.</summary>
    [Fact]
    public void EachTermOfABoldListResolvesWithTheNounAfterTheList()
    {
        var findings = LintSeed("Evaluate how **integrated service provision**", "Evaluate how **integrated** and **joined-up** service provisions");

        var undefined = findings.Where(f => f.Diagnostic.Id == "UNITC1010").Select(f => f.Diagnostic.Message).ToList();
        Assert.Equal(["key term 'joined-up' of criterion 2.3 has no definition in the indicative content"], undefined);
        Assert.Empty(findings.Ids("UNITC1012")); // "Integrated service provision" is used, through "provisions" after the list

        // A bold word alone before the noun is not a list: it stands for itself.
        Assert.Equal(["2.3"], LintSeed("Evaluate how **integrated service provision**", "Evaluate how **integrated** service provision").Ids("UNITC1010"));
    }

    /// <summary>
    /// Set 18's false alarms: "**arrises**" for "Arris" (a plural in "-es"), "**the *ease* allowance**" for
    /// "Ease allowance" (a leading article), and "**National Early Warning Score 2 (NEWS2)**" for "NEWS2"
    /// (the abbreviation defined): each resolves, none is a second spelling, no definition is left unused.
    /// </summary>
    [Theory]
    [InlineData("integrated service processes", "Integrated service process")]
    [InlineData("the integrated service provision", "Integrated service provision")]
    [InlineData("integrated service provision (ISP)", "ISP")]
    public void ATermResolvesThroughAPluralInEsAnArticleOrItsAbbreviation(string term, string defined)
    {
        var findings = LintSeedWithTerm(term, defined);
        Assert.DoesNotContain("2.3", findings.Ids("UNITC1010"));
        Assert.DoesNotContain("2.3", findings.Ids("UNITC1011"));
        Assert.Empty(findings.Ids("UNITC1012"));
    }

    /// <summary>"Describe the **types of school**" with "Maintained schools" and "Independent schools" defined under it: the kinds define the term.</summary>
    [Fact]
    public void ATermNamingKindsIsDefinedByTheKindsUnderItsCriterion()
    {
        static string Spec(string secondTerm) => SeedSpecText
            .Replace("Evaluate how **integrated service provision** that", "Evaluate how the **types of service provision** that", StringComparison.Ordinal)
            .Replace("terms: [integrated service provision]", "terms: [types of service provision]", StringComparison.Ordinal)
            .Replace(
                "Bringing together health, social care, housing, education and other community services.\n        items: []\n",
                $"Bringing together health, social care, housing, education and other community services.\n        items: []\n      - term: {secondTerm}\n        text: care from a team with skills the individual's needs call for.\n        items: []\n",
                StringComparison.Ordinal);

        Assert.NotEqual(SeedSpecText, Spec("x"));
        var kinds = LintUnit(SpecReader.Read(new SourceText("s.yaml", Spec("Specialist service provision"))).Unit!);
        Assert.DoesNotContain("2.3", kinds.Ids("UNITC1010"));
        Assert.Equal(Seed.Ids("UNITC1012"), kinds.Ids("UNITC1012")); // both kinds used, through the term
        Assert.Equal(Seed.Ids("UNITC1011"), kinds.Ids("UNITC1011"));

        // One kind alone does not make a category: the term is still undefined, the definition unused.
        var one = LintUnit(SpecReader.Read(new SourceText("s.yaml", Spec("Specialist care"))).Unit!);
        Assert.Contains("2.3", one.Ids("UNITC1010"));
        Assert.Equal(Seed.Ids("UNITC1012").Length + 2, one.Ids("UNITC1012").Length);
    }

    /// <summary>
    /// Set 19's false alarm: "**tip cuttings from *Fuchsia* plants**" with "Tip cuttings" defined under its
    /// criterion. A defined term of two words or more with a phrase saying which ones is that term; a
    /// one-word head is not, nor a head defined under another criterion ("Person-centred practice", under 1.1).
    /// </summary>
    [Theory]
    [InlineData("integrated service provision for *older* people", "Integrated service provision", true)]
    [InlineData("integrated service provision in the community", "Integrated service provision", true)]
    [InlineData("integrated service planning for older people", "Integrated service provision", false)]
    [InlineData("provision for older people", "Provision", false)]
    [InlineData("person-centred practice for older people", "Integrated service provision", false)]
    public void ATermWithAPhraseSayingWhichOnesIsTheTermDefinedUnderItsCriterion(string term, string defined, bool isDefined)
    {
        var findings = LintSeedWithTerm(term, defined);
        Assert.Equal(!isDefined, findings.Ids("UNITC1010").Contains("2.3"));
        Assert.DoesNotContain("2.3", findings.Ids("UNITC1011")); // nor is it a second spelling of the term
        Assert.Equal(isDefined, findings.Ids("UNITC1012").Length == 0); // the definition is used, through the term
    }

    /// <summary>The seed with criterion 2.3's key term written <paramref name="term"/> and its definition's term <paramref name="defined"/>, linted.</summary>
    private static IReadOnlyList<LintFinding> LintSeedWithTerm(string term, string defined)
    {
        var text = SeedSpecText
            .Replace("Evaluate how **integrated service provision** that", $"Evaluate how **{term}** that", StringComparison.Ordinal)
            .Replace("terms: [integrated service provision]", $"terms: ['{term}']", StringComparison.Ordinal)
            .Replace("- term: Integrated service provision\n", $"- term: {defined}\n", StringComparison.Ordinal);
        Assert.Contains($"**{term}**", text, StringComparison.Ordinal);
        Assert.Contains($"- term: {defined}\n", text, StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("s.yaml", text));
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        return LintUnit(read.Unit!);
    }

    /// <summary>A definition of "Integrated service provision (ISP)" defines "integrated service provision" and "ISP".</summary>
    [Fact]
    public void ADefinitionWithItsAbbreviationDefinesTheName()
    {
        var named = LintSeed("Integrated service provision", "Integrated service provision (ISP)");
        Assert.DoesNotContain("2.3", named.Ids("UNITC1010"));
        Assert.Empty(named.Ids("UNITC1012"));

        // Only a bracketed abbreviation at the end: "(in the community)" is part of the name.
        var phrase = LintSeed("Integrated service provision", "Integrated service provision (in the community)");
        Assert.Contains("2.3", phrase.Ids("UNITC1010"));
    }

    /// <summary>"**integrated service provision (*Leutz, 1999*)**": an attribution in brackets after a term is not part of it.</summary>
    [Fact]
    public void AnAttributionInBracketsAfterATermIsNotPartOfIt()
    {
        var findings = LintSeed("Evaluate how **integrated service provision**", "Evaluate how **integrated service provision (*Leutz, 1999*)**");
        Assert.DoesNotContain("2.3", findings.Ids("UNITC1010"));
        Assert.DoesNotContain("2.3", findings.Ids("UNITC1011"));
        Assert.Empty(findings.Ids("UNITC1012"));
    }

    /// <summary>A link's address is not the unit's wording: "social-media" in a URL is no second spelling of "social media".</summary>
    [Fact]
    public void ALinksAddressIsNotWording()
    {
        var linked = LintSeed("Evaluate how **integrated service provision**", "Evaluate how [the guide](https://example.org/service-provision) and **integrated service provision**");
        Assert.DoesNotContain(linked, f => f.Diagnostic.Id == "UNITC1020" && f.Diagnostic.Message.Contains("service", StringComparison.Ordinal));

        // The same words as wording are a second spelling.
        var written = LintSeed("Evaluate how **integrated service provision**", "Evaluate how the service-provision guide and **integrated service provision**");
        Assert.Contains(written, f => f.Diagnostic.Id == "UNITC1020" && f.Diagnostic.Message.Contains("service", StringComparison.Ordinal));
    }

    [Fact]
    public void UnusedDefinition()
    {
        Assert.Empty(Seed.Ids("UNITC1012"));
        Assert.Single(LintSeed("**considerations**", "considerations").Ids("UNITC1012"));
    }

    [Fact]
    public void InconsistentCompound()
    {
        var messages = Seed.Where(f => f.Diagnostic.Id == "UNITC1020").Select(f => (f.CriterionId, f.Diagnostic.Message.Split(' ')[0] + " " + f.Diagnostic.Message.Split(' ')[1])).ToList();
        Assert.Contains(("6.2", "'person centred'"), messages);
        Assert.Contains(("7.1", "'risk taking'"), messages);
        Assert.Contains(("7.3", "'risk taking'"), messages);
        Assert.DoesNotContain(LintSeed("person centred practice", "person-centred practice"), f => f.Diagnostic.Message.Contains("person centred"));
    }

    [Fact]
    public void UsSpellingScansGuidanceToo()
    {
        Assert.Empty(Seed.Ids("UNITC1021"));
        var unit = SeedSpecUnit;
        var guided = unit with
        {
            Guidance = new Model.StudyGuidance(new LocatedText("Leading care, emphasizing partnership."), [], [], [], [new Model.GuidanceItem(null, new LocatedText("Relationship-centered care plans; organize and analyze."), [new Model.CriterionAlignment("3.4", 0.3)])]),
        };
        var messages = LintUnit(guided).Where(f => f.Diagnostic.Id == "UNITC1021").Select(f => f.Diagnostic.Message).ToList();
        Assert.Contains("'emphasizing' is a US spelling; UK qualifications use 'emphasising'", messages);
        Assert.Contains("'centered' is a US spelling; UK qualifications use 'centred'", messages);
        Assert.Contains("'organize' is a US spelling; UK qualifications use 'organise'", messages);
        Assert.Contains("'analyze' is a US spelling; UK qualifications use 'analyse'", messages);
        Assert.Null(UnitCompiler.Lint.Rules.UsSpellingRule.Suggest("size"));
    }

    [Fact]
    public void DoubledWord()
    {
        Assert.Empty(Seed.Ids("UNITC1022"));
        Assert.Equal(["7.2"], LintSeed("Facilitate a person-centred approach in the management", "Facilitate a person-centred approach in the the management").Ids("UNITC1022"));

        // A word that is part of a hyphenated compound is not said twice: "an in-date date", "check check-in times".
        Assert.Empty(LintSeed("Facilitate a person-centred approach in the management", "Facilitate a person-centred approach with an in-date date and check check-in times").Ids("UNITC1022"));

        // A name in capitals beside the same word in lower case is two words (set 17's "IF combined with AND or OR"); the same word in the same case is one said twice.
        Assert.Empty(LintSeed("Facilitate a person-centred approach in the management", "Facilitate a person-centred approach using AND or OR in the management").Ids("UNITC1022"));
        Assert.Equal(["7.2"], LintSeed("Facilitate a person-centred approach in the management", "Facilitate a person-centred approach using AND AND in the management").Ids("UNITC1022"));
        Assert.Equal(["7.2"], LintSeed("Facilitate a person-centred approach in the management", "Facilitate a person-centred approach in The the management").Ids("UNITC1022"));
    }

    [Fact]
    public void UnclosedPair()
    {
        var quote = Assert.Single(Seed, f => f.Diagnostic.Id == "UNITC1023");
        Assert.Equal("1.1", quote.CriterionId);
        Assert.Equal(ImportHelpers.LineOf(SeedSpecText, "'asset-based") - 1, quote.Diagnostic.Location.Line);
        Assert.Equal(SeedSpecText.Split('\n')[quote.Diagnostic.Location.Line].IndexOf("'asset-based", StringComparison.Ordinal), quote.Diagnostic.Location.Column);
        Assert.Empty(LintSeed("'asset-based approaches.", "'asset-based approaches'.").Ids("UNITC1023"));
        var bracket = Assert.Single(LintSeed("Facilitate a person-centred approach", "Facilitate (a person-centred approach"), f => f.Diagnostic.Id == "UNITC1023" && f.CriterionId == "7.2");
        Assert.Equal("the bracket '(' opened here is never closed", bracket.Diagnostic.Message);
    }

    [Fact]
    public void ColonWithoutItems()
    {
        Assert.Empty(Seed.Ids("UNITC1030"));
        Assert.Equal(["7.2"], LintSeed("Facilitate a person-centred approach in the management of risks", "Facilitate a person-centred approach in the management of:").Ids("UNITC1030"));
    }

    [Fact]
    public void ItemsWithoutLeadIn()
    {
        Assert.Empty(Seed.Ids("UNITC1031"));
        Assert.Equal(["3.5"], LintSeed("Manage resources in ways that:", "Manage resources in these ways").Ids("UNITC1031"));
    }

    [Fact]
    public void LongCriterion()
    {
        Assert.Empty(Seed.Ids("UNITC1032"));
        // 3.1 has 28 words, 3.4 has 30, 3.5 has 29 with its sub-items; 1.2 has 24.
        var ids = LintSeed(config: LintConfig.Default with { MaxCriterionWords = 25 }).Ids("UNITC1032");
        Assert.Contains("3.1", ids);
        Assert.Contains("3.4", ids);
        Assert.Contains("3.5", ids);
        Assert.DoesNotContain("1.2", ids);
    }

    [Fact]
    public void UnalignedGuidance()
    {
        var unit = SeedSpecUnit;
        var guided = unit with { Guidance = new Model.StudyGuidance(LocatedText.Empty, [], [new Model.GuidanceItem(null, new LocatedText("Payroll spreadsheets."), [])], [], []) };
        var finding = Assert.Single(LintUnit(guided), f => f.Diagnostic.Id == "UNITC1040");
        Assert.Equal(Severity.Info, finding.Diagnostic.Severity); // it stands on the aligner's general decision, which misses paraphrases
        Assert.Empty(Seed.Ids("UNITC1040"));
    }

    [Fact]
    public void ConfigChangesSeverityOrTurnsARuleOff()
    {
        var off = LintConfig.Default with { Severities = LintConfig.Default.Severities.Add("UNITC1002", null) };
        Assert.Empty(LintSeed(config: off).Ids("UNITC1002"));
        var error = LintConfig.Default with { Severities = LintConfig.Default.Severities.Add("UNITC1002", Severity.Error) };
        Assert.All(LintSeed(config: error).Where(f => f.Diagnostic.Id == "UNITC1002"), f => Assert.True(f.Diagnostic.IsError));
    }

    [Fact]
    public void SuppressionOnACriterionSilencesThatRuleThere()
    {
        var unit = SeedSpecUnit;
        var outcome = unit.FindOutcome("3")!;
        var suppressed = outcome.Criteria[0] with { Suppressions = [new Model.Suppression("UNITC1002", "set phrase of the occupational standard")] };
        var edited = unit with { Outcomes = [.. unit.Outcomes.Select(o => o.Id == "3" ? o with { Criteria = [suppressed, .. o.Criteria[1..]] } : o)] };
        Assert.Equal(["3.2", "3.3"], LintUnit(edited).Ids("UNITC1002"));
    }

    [Fact]
    public void EveryLintRuleHasHelpWithABadAndAGoodExample()
    {
        foreach (var rule in Linter.Rules)
        {
            Assert.Contains("\nBad", rule.Descriptor.Help);
            Assert.Contains("\nGood", rule.Descriptor.Help);
            Assert.StartsWith("UNITC1", rule.Descriptor.Id);
        }

        Assert.Equal(Linter.Rules.Count, Linter.Rules.Select(r => r.Descriptor.Id).Distinct().Count());
    }
}
