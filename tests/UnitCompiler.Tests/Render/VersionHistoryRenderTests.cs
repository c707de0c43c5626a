using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Render;

/// <summary>
/// The version-change table in every unit document: shown when the spec has history, and not at all
/// when it has none (the seed's pinned documents, which have none, are unchanged: RenderTests).
/// </summary>
public class VersionHistoryRenderTests
{
    private static readonly Unit WithHistory = SeedUnit.WithGuidance with
    {
        Header = SeedUnit.WithGuidance.Header with { Version = "4.1" },
        History =
        [
            new VersionEntry("4.0", new DateOnly(2025, 9, 1), new LocatedText("First issue"), null),
            new VersionEntry("4.1", new DateOnly(2026, 3, 1), new LocatedText("Criterion 2.3 reworded: **integrated** | care"), "2.3"),
        ],
    };

    private static IReadOnlyList<RenderedDocument> Render(Unit unit, params string[] formats)
    {
        var bag = new DiagnosticBag();
        var documents = DocumentRenderer.Render(unit, ProjectTemplates.Load(null, bag), formats, bag);
        Assert.Empty(bag.ToImmutable());
        return documents;
    }

    [Fact]
    public void MarkdownDocumentsShowTheTable()
    {
        var documents = Render(WithHistory, "md");
        Assert.Equal(3, documents.Count);
        foreach (var d in documents)
        {
            var text = Encoding.UTF8.GetString(d.Content);
            Assert.Contains("| Guided learning hours | 26 |\n\n### Version history\n\n| Version | Date | Change | Section |\n|---|---|---|---|\n| 4.0 | 1 September 2025 | First issue |  |\n| 4.1 | 1 March 2026 | Criterion 2.3 reworded: integrated \\| care | 2.3 |\n\n", text);
        }
    }

    [Fact]
    public void HtmlDocumentsShowTheTable()
    {
        foreach (var d in Render(WithHistory, "html"))
        {
            var text = Encoding.UTF8.GetString(d.Content);
            Assert.Contains("<caption>Version history</caption>", text);
            Assert.Contains("<tr><td>4.1</td><td>1 March 2026</td><td>Criterion 2.3 reworded: <strong>integrated</strong> | care</td><td>2.3</td></tr>", text);
        }
    }

    [Fact]
    public void WordDocumentsShowTheTableAndStayValid()
    {
        var documents = Render(WithHistory, "docx");
        Assert.NotEmpty(documents);
        foreach (var d in documents)
        {
            using (var zip = new ZipArchive(new MemoryStream(d.Content), ZipArchiveMode.Read))
            using (var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open()))
            {
                var xml = reader.ReadToEnd();
                Assert.Contains("Version history", xml);
                Assert.Contains("1 March 2026", xml);
            }

            using var word = WordprocessingDocument.Open(new MemoryStream(d.Content), false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word));
        }
    }

    [Fact]
    public void NoHistoryPrintsNoTable()
    {
        foreach (var d in Render(SeedUnit.WithGuidance, "md", "html"))
        {
            Assert.DoesNotContain("Version history", Encoding.UTF8.GetString(d.Content));
        }
    }
}
