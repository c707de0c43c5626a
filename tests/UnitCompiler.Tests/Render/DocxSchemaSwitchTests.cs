using UnitCompiler.Diagnostics;
using UnitCompiler.Project;
using UnitCompiler.Render;
using UnitCompiler.Render.Docx;

namespace UnitCompiler.Tests.Render;

/// <summary>Tests that flip the process-wide schema-check switch, so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(DocxSchemaSwitchTests), DisableParallelization = true)]
public sealed class DocxSchemaSwitchCollection;

[Collection(nameof(DocxSchemaSwitchTests))]
public class DocxSchemaSwitchTests
{
    // Well-formed, and every cell ends with a paragraph, but a table inside a paragraph is not
    // WordprocessingML: only the schema check catches it.
    private const string TableInParagraph = "<w:p/>\n<w:p>\n <w:tbl/></w:p>\n";

    private static (IReadOnlyList<RenderedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) RenderWorkbook(string template)
    {
        var dir = TemplateFolder.With(("learner-workbook.docx.sbn", template));
        var bag = new DiagnosticBag();
        var documents = DocumentRenderer.Render(SeedUnit.WithGuidance, ProjectTemplates.Load(dir, bag), ["docx"], bag);
        return (documents.Where(d => d.RelativePath.EndsWith("learner-workbook.docx", StringComparison.Ordinal)).ToList(), bag.ToImmutable());
    }

    [Fact]
    public void TheSchemaCheckIsOnUnlessSwitchedOff()
    {
        Assert.True(DocxValidation.IsEnabled);
        var (documents, diagnostics) = RenderWorkbook(TableInParagraph);
        Assert.Empty(documents);
        Assert.Contains("invalid child element", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchedOffTheSchemaCheckIsSkippedButTheOtherChecksStay()
    {
        AppContext.SetSwitch(DocxValidation.Switch, false);
        try
        {
            Assert.False(DocxValidation.IsEnabled);
            var (documents, diagnostics) = RenderWorkbook(TableInParagraph);
            Assert.Empty(diagnostics);
            Assert.Single(documents);

            (documents, diagnostics) = RenderWorkbook("<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid>\n<w:tr><w:tc><w:tcPr/></w:tc></w:tr></w:tbl>\n");
            Assert.Empty(documents);
            Assert.Contains("must end with a paragraph", Assert.Single(diagnostics).Message, StringComparison.Ordinal);

            (documents, diagnostics) = RenderWorkbook("<w:p>\n  <w:r><w:t>broken</w:t></w:p>\n");
            Assert.Empty(documents);
            Assert.Equal("UNITC0306", Assert.Single(diagnostics).Id);
        }
        finally
        {
            AppContext.SetSwitch(DocxValidation.Switch, true);
        }
    }
}
