using System.Text;
using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Import;
using UnitCompiler.Lint;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>
/// Words that close a criterion's sentence after its sub-items ("..., including: a) b) c) and the
/// control measures for each"), spec format 3's <c>after_items</c>: read from an export, kept by
/// the spec, printed after the list, compared by the differ and carried through CASE.
/// </summary>
public class CriterionAfterItemsTests
{
    private const string Closing = "and how each is agreed with the individual";

    private static string SeedSpecPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml");

    /// <summary>The seed with a paragraph after criterion 1.1's a)–e) list.</summary>
    private static string SeedWithClosing(string between = "") =>
        ImportHelpers.SeedText.Replace(
            "<li>e) <b>outcomes-based practice</b></li> </ul> <hr/>",
            $"<li>e) <b>outcomes-based practice</b></li> </ul> <p>{Closing}</p> {between}<hr/>",
            StringComparison.Ordinal);

    private static AssessmentCriterion Criterion11(Unit unit) => unit.FindCriterion("1.1")!;

    [Fact]
    public void WordsAfterTheListAreKeptAfterIt()
    {
        var text = SeedWithClosing();
        Assert.NotEqual(ImportHelpers.SeedText, text);
        var result = ImportHelpers.ImportText(text);
        var criterion = Criterion11(result.Unit!);
        Assert.Equal("Analyse the features, principles, drivers, and values of:", criterion.Text.Value);
        Assert.Equal(5, criterion.Items.Length);
        Assert.Equal(Closing, criterion.AfterItems?.Value);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "UNITC0109");

        // Every word of the export is still in the spec.
        Assert.Empty(LosslessCheck.MissingWords(text, result.Unit!));
    }

    [Fact]
    public void WordsBetweenSubItemsStillJoinTheTextWithAWarning()
    {
        var text = ImportHelpers.SeedText.Replace(
            "<li>b) <b>co-production</b></li> <li>c)",
            "<li>b) <b>co-production</b></li> </ul> <p>as well as</p> <ul style=\"list-style-type: none\"> <li>c)",
            StringComparison.Ordinal);
        Assert.NotEqual(ImportHelpers.SeedText, text);
        var result = ImportHelpers.ImportText(text);
        var criterion = Criterion11(result.Unit!);
        Assert.Null(criterion.AfterItems);
        Assert.EndsWith("values of: as well as", criterion.Text.Value, StringComparison.Ordinal);
        Assert.Equal(5, criterion.Items.Length);
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "UNITC0109");
        Assert.Equal(ImportHelpers.LineOf(text, "as well as") - 1, warning.Location.Line); // locations count lines from 0
    }

    [Fact]
    public void TheSpecKeepsThemAndTheirKeyTerms()
    {
        var unit = WithClosing(ImportHelpers.ImportText(SeedWithClosing()).Unit!, "and the **care plan** that records them");
        var yaml = SpecWriter.Write(unit);
        Assert.Contains("        after_items: and the **care plan** that records them\n", yaml, StringComparison.Ordinal);
        var read = SpecReader.Read(new SourceText("u.yaml", yaml));
        Assert.DoesNotContain(read.Diagnostics, d => d.IsError);
        Assert.Equal("and the **care plan** that records them", Criterion11(read.Unit!).AfterItems?.Value);
        Assert.Equal("care plan", Criterion11(read.Unit!).Terms[^1].Value);
        Assert.Equal(yaml, SpecWriter.Write(read.Unit!));
    }

    [Fact]
    public void AFormat2SpecWithAfterItemsIsAnErrorAtItsLine()
    {
        var yaml = SpecWriter.Write(ImportHelpers.ImportText(SeedWithClosing()).Unit!).Replace("\nunitc: 4\n", "\nunitc: 2\n", StringComparison.Ordinal);
        var error = Assert.Single(SpecReader.Read(new SourceText("u.yaml", yaml)).Diagnostics, d => d.Id == "UNITC0230");
        Assert.Equal(ImportHelpers.LineOf(yaml, "after_items:") - 1, error.Location.Line);
    }

    [Fact]
    public void AFormat2SpecLoadsAsItIsAndFmtRewritesOnlyItsVersionLine()
    {
        var format3 = File.ReadAllText(SeedSpecPath);
        var format2 = format3.Replace("\nunitc: 4\n", "\nunitc: 2\n", StringComparison.Ordinal);
        Assert.NotEqual(format3, format2);
        var read = SpecReader.Read(new SourceText("u.yaml", format2));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(format3, SpecWriter.Write(read.Unit!));
    }

    [Fact]
    public void AfterItemsWithoutItemsIsAnError()
    {
        var yaml = File.ReadAllText(SeedSpecPath).Replace(
            "      - id: \"1.2\"\n",
            "      - id: \"1.2\"\n        after_items: stray words\n",
            StringComparison.Ordinal);
        var error = Assert.Single(SpecReader.Read(new SourceText("u.yaml", yaml)).Diagnostics, d => d.IsError);
        Assert.Equal("UNITC0231", error.Id);
        Assert.Contains("criterion 1.2", error.Message, StringComparison.Ordinal);
        Assert.Equal(ImportHelpers.LineOf(yaml, "after_items: stray") - 1, error.Location.Line); // at the words, not the criterion's id
        Assert.Equal(yaml.Split('\n')[error.Location.Line].IndexOf("stray", StringComparison.Ordinal), error.Location.Column);
    }

    [Theory]
    [InlineData("assessor-checklist", "md")]
    [InlineData("assessor-checklist", "html")]
    [InlineData("learner-workbook", "md")]
    [InlineData("learner-workbook", "html")]
    public void DocumentsPrintThemAfterTheLastSubItem(string document, string format)
    {
        var bag = new DiagnosticBag();
        var unit = ImportHelpers.ImportText(SeedWithClosing()).Unit!;
        var rendered = DocumentRenderer.Render(unit, ProjectTemplates.Load(null, bag), [format], bag)
            .Single(d => d.RelativePath.EndsWith($"{document}.{format}", StringComparison.Ordinal));
        Assert.Equal(0, bag.Count);
        var text = Encoding.UTF8.GetString(rendered.Content);
        var lastItem = text.IndexOf("outcomes-based practice", text.IndexOf("e) ", StringComparison.Ordinal), StringComparison.Ordinal);
        var closing = text.IndexOf(Closing, StringComparison.Ordinal);
        var next = text.IndexOf("1.2", closing < 0 ? 0 : closing, StringComparison.Ordinal);
        Assert.True(lastItem >= 0 && closing > lastItem && next > closing, $"'{Closing}' is not between 1.1's last sub-item and 1.2:\n{text}");
    }

    [Theory]
    [InlineData("assessor-checklist")]
    [InlineData("learner-workbook")]
    public void WordDocumentsPrintThemAfterTheLastSubItem(string document)
    {
        var bag = new DiagnosticBag();
        var unit = ImportHelpers.ImportText(SeedWithClosing()).Unit!;
        var rendered = DocumentRenderer.Render(unit, ProjectTemplates.Load(null, bag), ["docx"], bag)
            .Single(d => d.RelativePath.EndsWith($"{document}.docx", StringComparison.Ordinal));
        Assert.Equal(0, bag.Count); // the package checks against the Open XML schema as it is written
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(rendered.Content));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        var lastItem = xml.IndexOf("outcomes-based practice", xml.IndexOf("e) ", StringComparison.Ordinal), StringComparison.Ordinal);
        var closing = xml.IndexOf(Closing, StringComparison.Ordinal);
        Assert.True(lastItem >= 0 && closing > lastItem, $"'{Closing}' is not after 1.1's last sub-item");
    }

    [Fact]
    public void TheMarkdownWorkbookEndsTheListBeforeThem()
    {
        var bag = new DiagnosticBag();
        var unit = ImportHelpers.ImportText(SeedWithClosing()).Unit!;
        var workbook = DocumentRenderer.Render(unit, ProjectTemplates.Load(null, bag), ["md"], bag).Single(d => d.RelativePath.EndsWith("learner-workbook.md", StringComparison.Ordinal));
        var html = Markdig.Markdown.ToHtml(Encoding.UTF8.GetString(workbook.Content));
        Assert.Contains($"</ul>\n<p>{Closing}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingThemIsARewordingOfTheCriterion()
    {
        var before = ImportHelpers.ImportText(SeedWithClosing()).Unit!;
        var after = WithClosing(before, "and how each is reviewed");
        var change = Assert.Single(UnitDiffer.Diff(before, after));
        Assert.Equal(ChangeKind.CriterionReworded, change.Kind);
        Assert.Equal($"Analyse the features, principles, drivers, and values of: … {Closing}", change.Before);
        Assert.Equal("Analyse the features, principles, drivers, and values of: … and how each is reviewed", change.After);
    }

    [Fact]
    public void CaseCarriesThemThereAndBack()
    {
        var unit = ImportHelpers.ImportText(SeedWithClosing()).Unit!;
        var package = CaseWriter.Write(unit, Exchange.CaseExportTests.Dated)!;
        var back = CaseReader.Read(new SourceText("p.json", Encoding.UTF8.GetString(package)));
        Assert.Equal(Closing, Criterion11(back.Unit!).AfterItems?.Value);
        Assert.Null(back.Unit!.FindCriterion("1.2")!.AfterItems);
    }

    [Fact]
    public void LintReadsThem()
    {
        var unit = WithClosing(ImportHelpers.ImportText(SeedWithClosing()).Unit!, "and and how each is agreed");
        var findings = Linter.Lint(unit, LintConfig.Default, "u.yaml");
        var doubled = Assert.Single(findings, f => f.Diagnostic.Id == "UNITC1022");
        Assert.Equal("1.1", doubled.CriterionId);
        Assert.DoesNotContain(findings, f => f.Diagnostic.Id == "UNITC1022" && f.CriterionId != "1.1");
    }

    private static Unit WithClosing(Unit unit, string closing) =>
        unit with { Outcomes = [.. unit.Outcomes.Select(o => o with { Criteria = [.. o.Criteria.Select(c => c.Id == "1.1" ? c with { AfterItems = new LocatedText(closing) } : c)] })] };
}
