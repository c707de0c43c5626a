namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: GuidanceImportTests.EmptyGuidanceIsAnError
    public static readonly DiagnosticDescriptor NoGuidanceSections = Define(
        "UNITC0401", DiagnosticStage.Guidance, DiagnosticSeverity.Error,
        "No guidance found", "no guidance sections were found (Topic Synopsis, Key Concepts, Exam Tips, Common Misconceptions, Examiner Marking Points)",
        "A topic synopsis has headings such as 'Topic Synopsis' and 'Key Concepts & Core Principles', each followed by its text or '- ' items.");

    // unit test: GuidanceImportTests.UnrecognisedLineIsKept
    public static readonly DiagnosticDescriptor UnplacedGuidanceText = Define(
        "UNITC0402", DiagnosticStage.Guidance, DiagnosticSeverity.Warning,
        "Guidance text outside any section", "this text comes before any guidance heading; it was kept at the start of the synopsis",
        "Text above 'Topic Synopsis' is usually a truncated preview, which is dropped when it repeats the synopsis. This text does not, so it was kept.");

    // unit test: GuidanceImportTests.PreviewLineIsDropped
    public static readonly DiagnosticDescriptor PreviewDropped = Define(
        "UNITC0403", DiagnosticStage.Guidance, DiagnosticSeverity.Info,
        "Truncated preview dropped", "the truncated preview line repeats the start of the synopsis and was dropped",
        "Exports put the first characters of the synopsis above its heading. The full text follows, so the preview is not copied.");

    // unit test: GuidanceImportTests.UnknownHeadingIsKeptAndReported
    public static readonly DiagnosticDescriptor UnknownGuidanceHeading = Define(
        "UNITC0404", DiagnosticStage.Guidance, DiagnosticSeverity.Warning,
        "Unknown guidance heading", "'{0}' looks like a heading but is not one unitc knows; it was kept as an item of {1}",
        "A short line on its own before a list reads as a heading. The known headings are Topic Synopsis, Key Concepts, Exam Tips, Common Misconceptions and Examiner Marking Points, with their usual variants; rename the heading to one of them, or end the line with a full stop if it is an item.");
}
