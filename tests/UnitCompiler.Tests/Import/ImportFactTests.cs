using UnitCompiler.Import;
using UnitCompiler.Spec;
using static UnitCompiler.Tests.ImportHelpers;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// The ways ordinary exports differ from the seed that once made the importer misread them: each one,
/// on top of the seed, must give the seed's spec (or the fact it changes) and no stray warnings.
/// </summary>
public class ImportFactTests
{
    private static readonly string SeedSpec = SpecWriter.Write(ImportText(SeedText).Unit!);

    [Fact]
    public void OutcomeCellWrappedOverTwoLinesIsOneRow()
    {
        var text = SeedText.Replace("<p>3. Be able to lead practice to facilitate positive outcomes", "<p>3. Be able to lead practice\nto facilitate positive outcomes");
        AssertSameAsSeed(text);
    }

    [Theory]
    [InlineData("in supporting", "in\nsupporting")]                      // mid-sentence in a criteria cell
    [InlineData("relationships</p> <hr/> <p>4.2", "relationships\n</p> <hr/> <p>4.2")] // before </p>
    [InlineData("<hr/> <p>4.2 Evaluate", "<hr/> <p>\n4.2 Evaluate")]      // after <p>
    [InlineData("</p> <hr/> <p>4.3 Describe", "</p>\n<hr/> <p>4.3 Describe")] // between blocks, where the markup is balanced
    [InlineData("<li>b) <b>co-production</b></li> <li>c)", "<li>b) <b>co-production</b></li>\n<li>c)")] // inside <ul>
    [InlineData("ways that:</p> <ul", "ways that:</p>\n\n<ul")]             // a blank line before the sub-items
    [InlineData("support</li> </ul> <hr/> <p>3.6", "support</li> </ul>\n\n<hr/>\n<p>3.6")] // a blank line before the rule
    public void CriteriaCellWrappedAnywhereIsOneRow(string from, string to)
    {
        Assert.Contains(from, SeedText);
        AssertSameAsSeed(ReplaceFirst(SeedText, from, to));
    }

    [Fact]
    public void EveryCellWrappedAtEveryTagIsStillTheSeed()
    {
        var lines = SeedText.Split('\n').Select(l => l.StartsWith("<p>", StringComparison.Ordinal) && l.Contains('\t')
            ? l.Replace("</p> ", "</p>\n", StringComparison.Ordinal).Replace("<li>", "\n<li>", StringComparison.Ordinal)
            : l);
        AssertSameAsSeed(string.Join('\n', lines));
    }

    [Theory]
    [InlineData("**Level:** Five (5)", "**Level:**\tFive (5)")]
    [InlineData("**Minimum Guided Learning Hours:** 26", "**Minimum Guided Learning Hours:** 26\t")]
    [InlineData("**Credit Value:** Five (5)", "**Credit Value:**\t Five (5) \t")]
    public void TabsAfterLabelsAreWhiteSpace(string from, string to) => AssertSameAsSeed(SeedText.Replace(from, to));

    [Fact]
    public void TabAfterADefinitionsTermIsWhiteSpace() =>
        AssertSameAsSeed(SeedText.Replace("**Relationships:** learners should", "**Relationships:**\tlearners should"));

    [Theory]
    [InlineData("Guided learning hours (GLH): 26")]
    [InlineData("**Guided learning hours (GLH):** 26")]
    [InlineData("**GLH**: 26")]
    [InlineData("**Guided Learning Hours:** Twenty-six (26)")]
    public void HoursLabelWordingsAreReadAndTheirWordsAreNotLost(string label)
    {
        var text = SeedText.Replace("**Minimum Guided Learning Hours:** 26", label);
        var result = ImportText(text);
        Assert.Equal(26, result.Unit!.Header.GuidedLearningHours);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "UNITC0105" or "UNITC0116");
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
    }

    [Theory]
    [InlineData("**Level:** Five (5)", "level")]
    [InlineData("**Credit Value:** Five (5)", "credit value")]
    [InlineData("**Minimum Guided Learning Hours:** 26", "guided learning hours")]
    public void MissingLevelCreditAndHoursEachWarn(string line, string field)
    {
        var text = SeedText.Replace(line + "\n", string.Empty);
        var result = ImportText(text);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0116");
        Assert.Contains($"the unit states no {field}", d.Message);
        Assert.InRange(d.Location.Line, LineOf(text, "**Unit Title:**") - 1, LineOf(text, "Learning Outcome (The Learner will)") - 1);
    }

    /// <summary>A body's own code beside the Ofqual reference, in either order, or a level stated twice: nothing is dropped.</summary>
    [Theory]
    [InlineData("**Unit code:** HSC-501\n\n**Unit Reference Number:** L/652/0848", 5, "Unit code", "HSC-501")]
    [InlineData("**Unit Reference Number:** L/652/0848\n\n**Unit code:** HSC-501", 5, "Unit code", "HSC-501")]
    [InlineData("**Unit Reference Number:** L/652/0848\n\n**Level:** 6", 6, "Level", "Five (5)")]
    public void ARepeatedFactIsKeptUnderOther(string lines, int level, string otherLabel, string otherValue)
    {
        var result = ImportText(SeedText.Replace("**Unit Reference Number:** L/652/0848", lines));

        Assert.Equal("L/652/0848", result.Unit!.Header.Ref);
        Assert.Equal(level, result.Unit.Header.Level);
        var other = Assert.Single(result.Unit.Header.Other);
        Assert.Equal((otherLabel, otherValue), (other.Label, other.Value.Value));
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0118");
        Assert.Contains($"'{otherLabel}'", d.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == UnitCompiler.Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void UnreadableLevelIsAnErrorNotAlsoMissing()
    {
        var result = ImportText(SeedText.Replace("**Level:** Five (5)", "**Level:** Fivish"));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0106");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UNITC0116");
    }

    [Theory]
    [InlineData("Learning Outcomes 3, 5 and 7 are skill based.", "3,5,7")]
    [InlineData("LOs 3, 5 and 7 must be assessed in the workplace.", "3,5,7")]
    [InlineData("LO3, LO5 and LO7 are competence based.", "3,5,7")]
    [InlineData("Learning outcomes 1, 2, 4 and 6 are knowledge based.", "3,5,7")]
    [InlineData("Learning outcomes 1, 2, 4 and 6 are knowledge based; learning outcomes 3, 5 and 7 must be observed in the work environment.", "3,5,7")]
    [InlineData("Learning Outcome 3 is skills-based. Learning Outcome 5 is skills-based. Learning Outcome 7 is skills-based.", "3,5,7")]
    [InlineData("Learning outcomes 3 to 5 are performance based.", "3,4,5")]
    [InlineData("LOs 3-5 must be assessed in real work.", "3,4,5")]
    [InlineData("LOs 3\u20135 must be assessed in the workplace.", "3,4,5")]
    [InlineData("LO3-LO5 are assessed in the workplace.", "3,4,5")]
    [InlineData("Learning outcomes (LOs) 3 and 5 must be evidenced through observation.", "3,5")]
    [InlineData("All learning outcomes must be assessed in the workplace.", "1,2,3,4,5,6,7")]
    [InlineData("Learning outcomes 3, 5 and 7 must be assessed on board a vessel or in a realistic simulated environment.", "3,5,7")]
    [InlineData("LOs 3, 5 and 7 may be assessed by simulation where real work cannot be observed safely.", "3,5,7")]
    public void SkillOutcomesAreReadFromEveryUsualWording(string sentence, string expected)
    {
        var text = SeedText.Replace("Learning Outcomes 3, 5 and 7 are skill based, and primary evidence throughout the qualification should include observation of direct practice in the workplace in actual person.", sentence);
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        Assert.Equal(expected.Split(','), result.Unit!.Assessment.SkillOutcomes.ToArray());
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
    }

    [Theory]
    [InlineData("Learning outcomes 3, 5 and 7 need not be assessed in the workplace.")]
    [InlineData("Assessment criteria 3.1 and 3.2 must be observed.")]
    [InlineData("This is a knowledge and skill-based unit.")]
    public void SentencesThatNameNoSkillOutcomeNameNone(string sentence)
    {
        var text = SeedText.Replace("Learning Outcomes 3, 5 and 7 are skill based, and primary evidence throughout the qualification should include observation of direct practice in the workplace in actual person.", sentence);
        Assert.Empty(ImportText(text).Unit!.Assessment.SkillOutcomes);
    }

    /// <summary>"&lt;b&gt;primal&lt;br&gt;cuts&lt;/b&gt;": a line break inside a bold term is a space in it, not a new line of the criterion.</summary>
    [Fact]
    public void ALineBreakInsideABoldTermIsASpace()
    {
        var text = SeedText.Replace("<b>integrated service provision</b>", "<b>integrated service<br>provision</b>");
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UNITC0109");
        Assert.Contains(result.Unit!.Outcomes.SelectMany(o => o.Criteria), c => c.Text.Value.Contains("**integrated service provision**", StringComparison.Ordinal));
    }

    /// <summary>A link keeps its address as Markdown's [text](url), and plain-word matching reads only its text.</summary>
    [Fact]
    public void ALinkKeepsItsAddress()
    {
        var text = SeedText.Replace("<b>integrated service provision</b>", "<b>integrated service provision</b> (see <a href=\"https://example.org/care plans(2)\">the guide</a>)");
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        var criterion = result.Unit!.Outcomes.SelectMany(o => o.Criteria).Single(c => c.Id == "2.3");
        Assert.Contains("(see [the guide](https://example.org/care%20plans%282%29))", criterion.Text.Value, StringComparison.Ordinal);
        Assert.Contains("(see the guide)", UnitCompiler.Model.MarkdownInline.ToPlainText(criterion.Text.Value), StringComparison.Ordinal);
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));

        // An anchor with no address, or a script, is no link: its text stays, with nothing around it.
        var anchor = ImportText(SeedText.Replace("<b>integrated service provision</b>", "<a name=\"x\">integrated</a> <a href=\"javascript:go()\">service</a> provision"));
        Assert.Contains("Evaluate how integrated service provision that", anchor.Unit!.Outcomes.SelectMany(o => o.Criteria).Single(c => c.Id == "2.3").Text.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void SkillStemsWithNoSkillSentenceWarn()
    {
        var text = SeedText.Replace("Learning Outcomes 3, 5 and 7 are skill based, and", "Evidence is gathered, and");
        var result = ImportText(text);
        Assert.Empty(result.Unit!.Assessment.SkillOutcomes);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0117");
        Assert.Contains("3, 5, 7", d.Message);
        Assert.Equal(LineOf(text, "## Assessment Requirements") - 1, d.Location.Line);
    }

    [Fact]
    public void OneRowTheReaderCannotUnderstandIsOneWarningAndTheRowsAfterItStillParse()
    {
        var text = SeedText.Replace("<p>4. Understand the role of relationships", "<p>Note for centres: see the handbook</p>\t<p>Not a criterion</p>\n<p>4. Understand the role of relationships");
        var result = ImportText(text);
        var d = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0114");
        Assert.Contains("kept as part of criterion 3.6", d.Message);
        Assert.Equal(7, result.Unit!.Outcomes.Length);
        Assert.Equal(24, result.Unit.Criteria.Count());
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit)); // every cell kept, not only the first
    }

    [Theory]
    [InlineData("<p>4. Understand the role", "<p>LO4 Understand the role")]
    [InlineData("<p>4. Understand the role", "<p>Learning Outcome 4: Understand the role")]
    [InlineData("<p>4.1 Assess the importance", "<p>AC4.1 Assess the importance")]
    [InlineData("<p>4.1 Assess the importance", "<p>4.1. Assess the importance")]
    public void NumbersWrittenWithTheirNamesAreNumbers(string from, string to)
    {
        var text = SeedText.Replace(from, to);
        AssertSameAsSeed(text);
        Assert.Empty(LosslessCheck.MissingWords(text, ImportText(text).Unit!));
    }

    [Fact]
    public void TagCaseAndAttributesDoNotMatter()
    {
        var text = SeedText.Replace("<p>1.2 Describe", "<P class=\"MsoNormal\">1.2 Describe").Replace("<b>strength-based approaches</b>", "<STRONG>strength-based approaches</STRONG>");
        AssertSameAsSeed(text);
    }

    [Fact]
    public void MoreThanNineOutcomesAndCriteriaAreNumberedAsWritten()
    {
        var text = SeedText.Replace("<p>7.3 Evaluate own and others' practice in leading a balanced approach to risk taking</p>",
            "<p>7.3 Evaluate own and others' practice in leading a balanced approach to risk taking</p>" +
            string.Concat(Enumerable.Range(4, 8).Select(n => $" <hr/> <p>7.{n} Review case {n}</p>")))
            .Replace("\n## Assessment Requirements", string.Concat(Enumerable.Range(8, 4).Select(n => $"<p>{n}. Understand topic {n}</p>\t<p>{n}.1 Describe topic {n}</p>\n")) + "\n## Assessment Requirements");
        var unit = ImportText(text).Unit!;
        Assert.Equal(["7.10", "7.11"], unit.FindOutcome("7")!.Criteria.TakeLast(2).Select(c => c.Id).ToArray());
        Assert.Equal("Describe topic 11", unit.FindCriterion("11.1")!.Text.Value);
    }

    [Theory]
    [InlineData("<ul style=\"list-style-type: none\"> <li>a) support individuals", "<p>a) support individuals")]
    [InlineData("<ul style=\"list-style-type: none\"> <li>a) support individuals", "<ol type=\"a\"><li>support individuals")]
    [InlineData("<ul style=\"list-style-type: none\"> <li>a) support individuals", "<ul><li>\u2022 (a) support individuals")]
    public void SubItemsInOtherMarkupAreStillSubItems(string from, string to)
    {
        var text = ReplaceFirst(SeedText, from, to);
        var c35 = ImportText(text).Unit!.FindCriterion("3.5")!;
        Assert.Equal(["a", "b"], c35.Items.Select(i => i.Id).ToArray());
        Assert.StartsWith("support individuals to make choices", c35.Items[0].Text.Value);
    }

    private static void AssertSameAsSeed(string text)
    {
        var result = ImportText(text);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(ImportText(SeedText).Diagnostics.Select(d => d.Id), result.Diagnostics.Select(d => d.Id));
        Assert.Equal(SeedSpec, SpecWriter.Write(result.Unit!));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [Fact]
    public void WordSymbolBulletParagraphsInTheAssessmentAreRequirementsWithoutTheirBullet()
    {
        const string word = "<p class=MsoListParagraph style='text-indent:-18.0pt'><span style='font-family:Symbol'>&middot;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span>a reflective account of one review</p>";
        var text = SeedText.Replace("This is a knowledge and skill-based unit.", "This is a knowledge and skill-based unit.\n\n" + word, StringComparison.Ordinal);
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        Assert.Equal("a reflective account of one review", result.Unit!.Assessment.Text[2].Value);
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
    }

    [Fact]
    public void AGlossaryWrittenAsAListIsADefinitionPerItem()
    {
        var text = SeedText.Replace("## Indicative Content\n", "## Indicative Content\n\n### **AC1.2**\n\n- **Care plan:** the agreed record of an individual's support.\n- **Review:** a planned look at whether the plan still meets the individual's needs.\n", StringComparison.Ordinal);
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        var content = result.Unit!.IndicativeContent.First(c => c.CriterionId == "1.2");
        Assert.Equal(["Care plan", "Review"], content.Definitions.Select(d => d.Term.Value));
        Assert.All(content.Definitions, d => Assert.Empty(d.Items));
        Assert.Empty(content.Notes);
    }

    [Fact]
    public void APlainLabelCellInTheMetadataTableIsKeptUnderOther()
    {
        var table = "<table>\n<tr><th scope=\"row\">Unit title</th><td>Leading Person-centred Practice in Adult Care</td></tr>\n<tr><th scope=\"row\">Unit aim</th><td>To lead practice that puts individuals first.</td></tr>\n</table>";
        var text = SeedText.Replace("**Unit Title:** Leading Person-centred Practice in Adult Care", table, StringComparison.Ordinal);
        Assert.NotEqual(SeedText, text);
        var result = ImportText(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UNITC0114");
        Assert.Equal("To lead practice that puts individuals first.", Assert.Single(result.Unit!.Header.Other, o => o.Label == "Unit aim").Value.Value);
        Assert.DoesNotContain(result.Unit.Preamble.Text, p => p.Value.Contains("Unit aim", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelCellsOnLinesOfTheirOwnAndSubscriptsAreNotCalledLost()
    {
        // Words that are no key of the spec: "reference", "number", "sf".
        var table = "<table>\n<tr>\n<td>\n<p><b>Unit reference number</b></p>\n</td>\n<td>\n<p>L/652/0848</p>\n</td>\n</tr>\n</table>";
        var text = SeedText.Replace("**Unit Reference Number:** L/652/0848", table, StringComparison.Ordinal)
            .Replace("This is a knowledge and skill-based unit.", "This is a knowledge and skill-based unit, with no SF<sub>6</sub> in it.", StringComparison.Ordinal);
        var result = ImportText(text);
        Assert.Equal("L/652/0848", result.Unit!.Header.Ref);
        Assert.Contains(result.Unit.Assessment.Text, t => t.Value.Contains("no SF6 in it", StringComparison.Ordinal));
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit));
    }
}
