using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Render.Docx;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Render;

public class DocxTests
{
    // The seed fixtures, as RenderTests uses them: the unit and its study guidance.
    private static readonly Unit Seed = SeedUnit.WithGuidance;

    private static readonly Lazy<IReadOnlyList<RenderedDocument>> SeedDocuments = new(() =>
    {
        var bag = new DiagnosticBag();
        var documents = Render(Seed, null, bag);
        Assert.Empty(bag.ToImmutable());
        return documents;
    });

    private static readonly XNamespace W = WordNamespaces.W;
    private static readonly XNamespace W14 = WordNamespaces.W14;

    private static IReadOnlyList<RenderedDocument> Render(Unit unit, string? overrides, DiagnosticBag bag) =>
        DocumentRenderer.Render(unit, ProjectTemplates.Load(overrides, bag), ["docx"], bag);

    private static byte[] Docx(string document) =>
        SeedDocuments.Value.Single(d => d.RelativePath == $"L-652-0848/{document}.docx").Content;

    private static WordprocessingDocument Open(byte[] content) => WordprocessingDocument.Open(new MemoryStream(content), false);

    private static XDocument Part(byte[] content, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The document's text, a paragraph a line, as a reader sees it.</summary>
    private static string DocumentText(byte[] content) => string.Join('\n', Part(content, "word/document.xml")
        .Descendants(W + "p")
        .Select(p => Flat(string.Concat(p.Descendants(W + "t").Select(t => t.Value)))));

    private static IEnumerable<string> CriterionTexts(Unit unit) => unit.Outcomes
        .SelectMany(o => o.Criteria)
        .SelectMany(c => c.Items.Select(i => i.Text.Value).Prepend(c.Text.Value))
        .Select(t => Flat(MarkdownInline.ToPlainText(t)));

    [Fact]
    public void TheSeedGivesAChecklistAndAWorkbook()
    {
        Assert.Equal(["L-652-0848/assessor-checklist.docx", "L-652-0848/learner-workbook.docx"], SeedDocuments.Value.Select(d => d.RelativePath));
    }

    [Theory]
    [InlineData("assessor-checklist")]
    [InlineData("learner-workbook")]
    public void OpenXmlValidatorFindsNoErrors(string document)
    {
        using var doc = Open(Docx(document));
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [InlineData("assessor-checklist")]
    [InlineData("learner-workbook")]
    public void TablesAreWhatWordAccepts(string document)
    {
        var xml = Part(Docx(document), "word/document.xml");
        var tables = xml.Descendants(W + "tbl").ToList();
        Assert.NotEmpty(tables);
        foreach (var cell in xml.Descendants(W + "tc"))
        {
            // Word refuses a cell whose last block is not a paragraph (the validator lets it through).
            Assert.Equal(W + "p", cell.Elements().Last().Name);
        }

        foreach (var table in tables)
        {
            var properties = table.Element(W + "tblPr")!;
            Assert.Equal("5000", properties.Element(W + "tblW")!.Attribute(W + "w")!.Value);
            Assert.Equal("pct", properties.Element(W + "tblW")!.Attribute(W + "type")!.Value);
            var grid = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => g.Attribute(W + "w")!.Value).ToList();
            foreach (var row in table.Elements(W + "tr"))
            {
                Assert.Equal(grid, row.Elements(W + "tc").Select(c => c.Element(W + "tcPr")!.Element(W + "tcW")!.Attribute(W + "w")!.Value));
            }

            var headerRow = properties.Element(W + "tblLook")!.Attribute(W + "firstRow")!.Value == "1";
            var first = table.Elements(W + "tr").First();
            Assert.Equal(headerRow, first.Element(W + "trPr")?.Element(W + "tblHeader") is not null);
            Assert.All(table.Elements(W + "tr").Skip(1), r => Assert.Null(r.Element(W + "trPr")?.Element(W + "tblHeader")));
        }

        Assert.Contains(tables, t => t.Element(W + "tblPr")!.Element(W + "tblLook")!.Attribute(W + "firstRow")!.Value == "1");
    }

    [Theory]
    [InlineData("assessor-checklist", 2, 1)] // met and not yet met per criterion, and "sampled by the IQA"
    [InlineData("learner-workbook", 1, 0)] // self-assessment per criterion
    public void CheckBoxesAreWordContentControls(string document, int perCriterion, int more)
    {
        var xml = Part(Docx(document), "word/document.xml");
        Assert.Contains("w14", xml.Root!.Attribute(WordNamespaces.Mc + "Ignorable")!.Value.Split(' '));
        var boxes = xml.Descendants(W + "sdt").Where(s => s.Element(W + "sdtPr")?.Element(W14 + "checkbox") is not null).ToList();
        Assert.Equal((Seed.Criteria.Count() * perCriterion) + more, boxes.Count);
        foreach (var box in boxes)
        {
            var checkbox = box.Element(W + "sdtPr")!.Element(W14 + "checkbox")!;
            Assert.Equal("0", checkbox.Element(W14 + "checked")!.Attribute(W14 + "val")!.Value);
            Assert.Equal("2612", checkbox.Element(W14 + "checkedState")!.Attribute(W14 + "val")!.Value);
            Assert.Equal("2610", checkbox.Element(W14 + "uncheckedState")!.Attribute(W14 + "val")!.Value);
            Assert.Equal("\u2610", string.Concat(box.Element(W + "sdtContent")!.Descendants(W + "t").Select(t => t.Value)));
            Assert.False(string.IsNullOrWhiteSpace(box.Element(W + "sdtPr")!.Element(W + "alias")!.Attribute(W + "val")!.Value));
        }

        Assert.Equal(boxes.Count, boxes.Select(b => b.Element(W + "sdtPr")!.Element(W + "tag")!.Attribute(W + "val")!.Value).Distinct().Count());
    }

    [Fact]
    public void StylesAreRealWordStylesAndTheBodyUsesThem()
    {
        var expected = new Dictionary<string, string>
        {
            ["Normal"] = "Normal", ["Title"] = "Title", ["Heading1"] = "heading 1", ["Heading2"] = "heading 2", ["Heading3"] = "heading 3",
            ["UnitcTable"] = "Unitc Table", ["AnswerBox"] = "Answer Box", ["ListBullet"] = "List Bullet",
        };
        var used = new HashSet<string>();
        foreach (var document in new[] { "assessor-checklist", "learner-workbook" })
        {
            var content = Docx(document);
            var styles = Part(content, "word/styles.xml").Root!.Elements(W + "style")
                .ToDictionary(s => s.Attribute(W + "styleId")!.Value, s => s.Element(W + "name")!.Attribute(W + "val")!.Value);
            foreach (var (id, name) in expected)
            {
                Assert.Equal(name, styles.GetValueOrDefault(id));
            }

            var body = Part(content, "word/document.xml");
            var references = body.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle" || e.Name == W + "tblStyle")
                .Select(e => e.Attribute(W + "val")!.Value).ToHashSet();
            Assert.Empty(references.Except(styles.Keys)); // a misspelt style id would silently fall back to Normal
            Assert.Contains("Title", references);
            Assert.Contains("Heading1", references);
            Assert.Contains("UnitcTable", references);
            used.UnionWith(references);

            // Formatting comes from styles: runs carry no fonts, sizes or colours of their own.
            XName[] fromStylesOrMarkdown = [W + "rStyle", W + "b", W + "bCs", W + "i", W + "iCs"];
            Assert.All(body.Descendants(W + "rPr").Elements(), e => Assert.Contains(e.Name, fromStylesOrMarkdown));
        }

        Assert.Empty(expected.Keys.Except(used).Except(["Normal"]));
    }

    [Theory]
    [InlineData("assessor-checklist")]
    [InlineData("learner-workbook")]
    public void EveryCriterionAppearsInFull(string document)
    {
        var text = DocumentText(Docx(document));
        var criteria = CriterionTexts(Seed).ToList();
        Assert.True(criteria.Count > Seed.Criteria.Count(), "the seed has criteria and sub-items to look for");
        Assert.All(criteria, c => Assert.Contains(c, text));
    }

    [Fact]
    public void WorkbookHoldsEveryDefinitionAndKeyTermsStayBold()
    {
        var content = Docx("learner-workbook");
        var text = DocumentText(content);
        var definitions = Seed.IndicativeContent.SelectMany(c => c.Definitions).ToList();
        Assert.NotEmpty(definitions);
        foreach (var d in definitions)
        {
            Assert.Contains(Flat(MarkdownInline.ToPlainText(d.Text.Value)), text);
            Assert.All(d.Items, i => Assert.Contains(Flat(MarkdownInline.ToPlainText(i.Value)), text));
        }

        var boldRuns = Part(content, "word/document.xml").Descendants(W + "r")
            .Where(r => r.Element(W + "rPr")?.Element(W + "b") is not null)
            .Select(r => r.Element(W + "t")!.Value)
            .ToHashSet();
        var terms = Seed.Outcomes.SelectMany(o => o.Criteria).SelectMany(c => c.Terms).Select(t => MarkdownInline.ToPlainText(t.Value)).ToList();
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.Contains(t, boldRuns));
    }

    [Fact]
    public void RendersAreByteIdentical()
    {
        var again = Render(Seed, null, new DiagnosticBag());
        Assert.Equal(SeedDocuments.Value.Select(d => Convert.ToHexString(d.Content)), again.Select(d => Convert.ToHexString(d.Content)));
    }

    [Fact]
    public void ZipEntriesHaveFixedTimesAndOrder()
    {
        using var zip = new ZipArchive(new MemoryStream(Docx("assessor-checklist")), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries.Skip(1).Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Skip(1).Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void PropertiesNameTheUnitAndCarryNoDates()
    {
        using var doc = Open(Docx("learner-workbook"));
        Assert.Equal("Learner workbook: L/652/0848 Leading Person-centred Practice in Adult Care", doc.PackageProperties.Title);
        Assert.Equal("en-GB", doc.PackageProperties.Language);
        Assert.Null(doc.PackageProperties.Created);
        Assert.Null(doc.PackageProperties.Modified);
        var lang = Part(Docx("learner-workbook"), "word/styles.xml").Descendants(W + "lang").First();
        Assert.Equal("en-GB", lang.Attribute(W + "val")!.Value);
    }

    [Theory]
    [InlineData("assessor-checklist")]
    [InlineData("learner-workbook")]
    public void DocumentXmlIsPinned(string document)
    {
        var xml = Part(Docx(document), "word/document.xml");
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true }))
        {
            xml.Save(writer);
        }

        Golden.AssertMatches($"Expected/documents/L-652-0848/{document}.document.xml", text.Append('\n').ToString());
    }

    [Theory]
    [InlineData("<w:p><w:r><w:t>fine</w:t></w:r></w:p>\n<w:p>\n  <w:r><w:t>broken</w:t></w:p>\n", 3, "w:r")]
    [InlineData("<w:p/>\n<w:p/>stray words\n", 2, "text outside")]
    [InlineData("<w:p/>\n<p>html</p>\n", 2, "cannot be a child")]
    [InlineData("<w:p/>\n<x:p/>\n", 2, "undeclared prefix")]
    [InlineData("<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid>\n<w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>\n", 2, "must end with a paragraph")]
    [InlineData("<w:p/>\n<w:p>\n <w:tbl/></w:p>\n", 2, "invalid child element 'http://schemas.openxmlformats.org/wordprocessingml/2006/main:tbl'")] // well-formed, but not a document Word opens: the validator names the paragraph
    public void MalformedWordprocessingMLNamesTemplateAndOutputLine(string output, int line, string says)
    {
        var dir = TemplateFolder.With(("learner-workbook.docx.sbn", output));
        var bag = new DiagnosticBag();
        var docs = Render(Seed, dir, bag);
        var d = Assert.Single(bag.ToImmutable());
        Assert.Equal("UNITC0306", d.Id);
        Assert.EndsWith("learner-workbook.docx.sbn", d.Location.Path);
        Assert.True(d.Message.Contains($"at line {line},", StringComparison.Ordinal) && d.Message.Contains(says, StringComparison.Ordinal), d.Message);
        Assert.DoesNotContain(docs, x => x.RelativePath.EndsWith("learner-workbook.docx", StringComparison.Ordinal));
        Assert.Contains(docs, x => x.RelativePath.EndsWith("assessor-checklist.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void RunsEscapeTextAndMarkStrongAndEmphasis()
    {
        Assert.Equal(
            "<w:r><w:t xml:space=\"preserve\">Use </w:t></w:r>"
            + "<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">key terms</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> &amp; &lt;w:p&gt; </w:t></w:r>"
            + "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">gently</w:t></w:r>",
            WordRuns.FromMarkdown("Use **key terms** & <w:p> *gently*", null));
        Assert.Equal("<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t xml:space=\"preserve\">**1.1** a</w:t></w:r>", WordRuns.FromPlain("**1.1**\u0007\ta", "Strong"));
        Assert.Equal(string.Empty, WordRuns.FromMarkdown(string.Empty, null));
    }

    [Fact]
    public void HostileSpecTextIsTextInWord()
    {
        var c = Seed.FindCriterion("1.2")!;
        var hostile = c with { Text = new LocatedText("Describe </w:t></w:r></w:p><w:p><w:r><w:t>injected & \"quoted\" \u0001 text") };
        var unit = Seed with { Outcomes = [Seed.Outcomes[0] with { Criteria = [Seed.Outcomes[0].Criteria[0], hostile] }, .. Seed.Outcomes[1..]] };
        var bag = new DiagnosticBag();
        var docs = Render(unit, null, bag);
        Assert.Empty(bag.ToImmutable());
        foreach (var doc in docs)
        {
            Assert.Contains("Describe </w:t></w:r></w:p><w:p><w:r><w:t>injected & \"quoted\" text", DocumentText(doc.Content));
            using var word = Open(doc.Content);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word));
        }
    }
}
