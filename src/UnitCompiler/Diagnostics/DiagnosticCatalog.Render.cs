namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: RenderTests.TemplateSyntaxErrorNamesTemplateAndLine
    public static readonly DiagnosticDescriptor TemplateSyntax = Define(
        "UNITC0301", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Template error", "{0}",
        "The Scriban template could not be parsed. The location is in the template file.");

    // unit test: RenderTests.MisspeltVariableFailsTheBuild
    public static readonly DiagnosticDescriptor TemplateRuntime = Define(
        "UNITC0302", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Template failed while rendering", "rendering {0}: {1}",
        "Templates run with strict variables and limits on loops, recursion and output size, so a misspelt name or a runaway loop fails the build instead of producing a wrong document.");

    // unit test: RenderTests.UnsafeReferenceStaysInsideTheOutputFolder
    public static readonly DiagnosticDescriptor UnsafeOutputPath = Define(
        "UNITC0303", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Output outside the output folder", "the output path '{0}' would leave the output folder",
        "Output paths come from the unit reference made safe; a reference that still escapes is refused.");

    // unit test: BuildTests.CheckReportsStaleAndMissingFilesAndWritesNothing
    public static readonly DiagnosticDescriptor StaleOutput = Define(
        "UNITC0304", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Document out of date", "{0}",
        "'unitc build --check' found a document that differs from what the specs and templates give, or is missing. Run 'unitc build' and commit the result.");

    // unit test: BuildTests.UnknownFormatIsRefused
    public static readonly DiagnosticDescriptor UnknownFormat = Define(
        "UNITC0305", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Unknown format", "no template produces format '{0}' (available: {1})",
        "Formats come from the template files' names: assessor-checklist.html.sbn gives html.");

    // unit test: XlsxTests.MalformedOfficeOutputNamesTemplateAndOutputLine, DocxTests.MalformedWordprocessingMLNamesTemplateAndOutputLine
    public static readonly DiagnosticDescriptor TemplateOutput = Define(
        "UNITC0306", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Template output cannot be packaged", "rendering {0}: the {1} template printed something the format cannot hold, at line {2}, column {3} of its output: {4}",
        "Word and Excel documents are packaged from what their templates print (WordprocessingML for docx, CSV rows for xlsx). Render the template alone to see the line named, and fix the markup that prints it.");

    // unit test: PdfTests.MissingBrowserIsNamedWithWhatToInstall
    public static readonly DiagnosticDescriptor BrowserNotFound = Define(
        "UNITC0307", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "No browser to print PDF with", "--format pdf prints the HTML documents with Chromium, and none was found: {0}",
        "PDFs are printed by a Chromium-based browser (Chromium, Google Chrome or Microsoft Edge) running headless. Install one, or point UNITC_CHROMIUM at its executable.");

    // unit test: PdfTests.BrowserThatWritesNoPdfIsReported
    public static readonly DiagnosticDescriptor PrintFailed = Define(
        "UNITC0308", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Printing to PDF failed", "{0} did not print this document: {1}",
        "The browser ran but produced no PDF. Run it by hand with --headless --print-to-pdf on the HTML document to see why, or set UNITC_CHROMIUM to another Chromium-based browser.");
}
