namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: CaseExportTests.NoDateIsAnError
    public static readonly DiagnosticDescriptor CaseNoDate = Define(
        "UNITC0700", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "No date for the CASE package", "unit {0} has no dated history entry and unitc.yaml sets no exchange.case.date",
        "Every CASE record carries lastChangeDateTime, and unitc never takes it from the clock (the package would change on every run). Add a dated entry to the spec's history, or set exchange.case.date in unitc.yaml.");

    // unit test: CaseImportTests.NotJsonIsLocated
    public static readonly DiagnosticDescriptor CaseNotJson = Define(
        "UNITC0701", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Not a CASE package", "this is not a CASE package: {0}",
        "unitc import --from case reads a CFPackage: a JSON object with CFDocument, CFItems and CFAssociations, as a CASE service's /CFPackages/{id} returns it.");

    // unit test: CaseImportTests.NoUnitItem
    public static readonly DiagnosticDescriptor CaseNoUnit = Define(
        "UNITC0702", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "No unit in the CASE package", "{0}",
        "A unit is read from one item under the CFDocument (the unit, with its reference as humanCodingScheme) whose children are the outcomes, theirs the criteria and theirs the sub-items. A framework of many units: export each unit as its own package, or import the unit's item.");

    // unit test: CaseImportTests.TooDeepItemsAreReported
    public static readonly DiagnosticDescriptor CaseItemTooDeep = Define(
        "UNITC0703", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "CASE item below a sub-item", "item {0} is below a criterion's sub-item and was left out",
        "A unit has four levels: unit, outcome, criterion, lettered sub-item. Deeper items have no place in a spec; fold their text into the sub-item above if it matters.");

    // unit test: CaseImportTests.OrphanItemsAndOtherAssociationsAreReported
    public static readonly DiagnosticDescriptor CaseItemOutsideTree = Define(
        "UNITC0704", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "CASE item outside the unit's tree", "item {0} is not under the unit by isChildOf and was left out",
        "Only items reached from the unit by isChildOf associations become outcomes, criteria and sub-items.");

    // unit test: CaseImportTests.OrphanItemsAndOtherAssociationsAreReported
    public static readonly DiagnosticDescriptor CaseAssociationIgnored = Define(
        "UNITC0705", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "CASE association not mapped", "{0} association(s) of type {1} have no place in a spec and were left out",
        "A spec holds the unit's tree (isChildOf); other associations (isRelatedTo, exactMatchOf, ...) belong to the framework service.");

    // unit test: CaseImportTests.ForeignPackageGuessesAreReported
    public static readonly DiagnosticDescriptor CaseIdFromPosition = Define(
        "UNITC0706", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "CASE item numbered by position", "item '{0}' has no usable number (listEnumeration or humanCodingScheme); it was numbered {1} by its place",
        "unitc numbers outcomes 1, 2, ..., criteria n.1, n.2, ... and sub-items a, b, ...; check the numbering against the unit as published.");

    // unit test: CaseImportTests.ForeignPackageGuessesAreReported
    public static readonly DiagnosticDescriptor CaseKindGuessed = Define(
        "UNITC0707", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "Outcome kind not given", "outcome {0} has no kind in the package and does not start 'Understand', 'Know' or 'Be able to'; it was read as knowledge",
        "Set the outcome's kind in the spec (knowledge or skill) after import.");

    // unit test: CaseImportTests.ForeignPackageGuessesAreReported
    public static readonly DiagnosticDescriptor CaseFactMissing = Define(
        "UNITC0708", DiagnosticStage.Exchange, DiagnosticSeverity.Warning,
        "Unit fact not in the CASE package", "the package gives no {0} for the unit",
        "CASE has no field for a unit's level, credit or guided learning hours; unitc writes them in the unit item's extensions. Fill them in the spec after import.");

    // unit test: CaseImportTests.MissingStatementIsAnError
    public static readonly DiagnosticDescriptor CaseNoStatement = Define(
        "UNITC0709", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "CASE item without a statement", "item {0} has no fullStatement",
        "Every CFItem needs its fullStatement (the CASE schema requires it); without it an outcome or criterion has no text.");
}
