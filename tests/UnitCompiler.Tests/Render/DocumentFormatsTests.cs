using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>What a format is beyond its templates comes from one table.</summary>
public class DocumentFormatsTests
{
    [Fact]
    public void PdfIsKnownOnlyWhereHtmlIsRendered()
    {
        Assert.Equal(["html", "md", "pdf"], DocumentFormats.Known(["html", "md", "html"]));
        Assert.Equal(["md", "csv"], DocumentFormats.Known(["md", "csv"]));
        Assert.Equal("html", DocumentFormats.SourceOf("pdf"));
        Assert.Null(DocumentFormats.SourceOf("md"));
    }

    [Fact]
    public void OnlyXlsxAddsTheCatalogue()
    {
        Assert.True(DocumentFormats.AddsCatalogue("xlsx"));
        Assert.All(["html", "md", "csv", "docx", "pdf"], f => Assert.False(DocumentFormats.AddsCatalogue(f)));
    }
}
