namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: CaseExportTests.NoDateIsAnError
    public static readonly DiagnosticDescriptor CaseNoDate = Define(
        "UNITC0700", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "No date for the CASE package", "unit {0} has no dated history entry and unitc.yaml sets no exchange.date",
        "Every CASE record carries lastChangeDateTime, and unitc never takes it from the clock (the package would change on every run). Add a dated entry to the spec's history, or set exchange.date in unitc.yaml.");

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

    // unit test: MoodleRuleTests.ExactlyOneFrameworkRow
    public static readonly DiagnosticDescriptor MoodleFrameworkRows = Define(
        "UNITC0720", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle CSV without exactly one framework", "the Moodle CSV has {0} framework rows; it needs exactly one",
        "Moodle's competency-framework import reads one framework per file: one row with 'Is framework' set, every other row a competency under it.");

    // unit test: MoodleRuleTests.EmptyIdNumberOrShortname
    public static readonly DiagnosticDescriptor MoodleEmptyField = Define(
        "UNITC0721", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle row without id number or shortname", "row {0} has no {1}",
        "Moodle silently skips a row with no id number or shortname, and everything under it; every row needs both.");

    // unit test: MoodleRuleTests.OverlongIdNumberOrShortname
    public static readonly DiagnosticDescriptor MoodleTooLong = Define(
        "UNITC0722", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle field over 100 characters", "row {0}: the {1} is {2} characters; Moodle keeps 100",
        "Moodle cuts id numbers and shortnames at 100 characters, which can make two id numbers the same. unitc shortens shortnames at a word itself; an id number this long comes from a unit reference or id that long.");

    // unit test: MoodleRuleTests.DuplicateIdNumber
    public static readonly DiagnosticDescriptor MoodleDuplicateId = Define(
        "UNITC0723", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle id number used twice", "id number {0} is used by more than one row",
        "Id numbers are unique in a Moodle framework (a framework's across the site); the second row would be refused or merged.");

    // unit test: MoodleRuleTests.MissingParent
    public static readonly DiagnosticDescriptor MoodleMissingParent = Define(
        "UNITC0724", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle row under a missing parent", "row {0} names parent {1}, which is no competency row of the file",
        "Moodle silently skips a row whose parent id number names no row, and everything under it. Top-level competencies leave the parent blank.");

    // unit test: MoodleRuleTests.ScaleWithoutDefaultOrProficient
    public static readonly DiagnosticDescriptor MoodleBadScale = Define(
        "UNITC0725", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle scale Moodle refuses", "the framework's scale {0}",
        "Moodle needs a scale configuration that marks one default value and at least one proficient value, all of them values of the scale; scale values are written comma-separated, so none may hold a comma. Set exchange.moodle in unitc.yaml.");

    // unit test: MoodleRuleTests.UnknownTaxonomyTerm
    public static readonly DiagnosticDescriptor MoodleBadTaxonomy = Define(
        "UNITC0726", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle taxonomy term unknown", "taxonomy term '{0}' is not one Moodle knows",
        "Moodle's taxonomy terms are behaviour, competency, concept, domain, indicator, level, outcome, practice, proficiency, skill and value.");

    // unit test: MoodleRuleTests.CrossReferenceToNoRow
    public static readonly DiagnosticDescriptor MoodleBadCrossReference = Define(
        "UNITC0727", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle cross-reference to no row", "row {0} cross-references {1}, which is no competency row of the file",
        "Cross-referenced competency id numbers must name competencies of the same file; Moodle drops the others without a word.");

    // unit test: CaseQualificationTests.NoDateIsAnError
    public static readonly DiagnosticDescriptor CaseQualificationNoDate = Define(
        "UNITC0731", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "No date for the qualification's CASE package", "qualification {0} has no dated history entry and unitc.yaml sets no exchange.date",
        "Every CASE record carries lastChangeDateTime, and unitc never takes it from the clock. Add a dated entry to the qualification spec's history, or set exchange.date in unitc.yaml. The units' records carry each unit's own date, as in the unit's own package.");

    // unit test: CaseQualificationTests.ImportRefusesAQualificationPackage
    public static readonly DiagnosticDescriptor CaseQualificationPackage = Define(
        "UNITC0732", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "A qualification's CASE package", "this is the CASE package of a qualification ({0}); import --from case reads a unit's package",
        "unitc import --from case makes one unit spec from one unit's package. A qualification's package holds many units and rules of combination that a unit spec has no place for: import each unit from its own package (unitc export --to case writes one per unit), and keep the qualification spec as the source of its rules.");

    // unit test: MoodleRuleTests.NumericIdNumbersPhpTakesAsEqual
    public static readonly DiagnosticDescriptor MoodleNumericIdClash = Define(
        "UNITC0733", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Moodle id numbers PHP takes as equal", "id numbers {0} and {1} are numbers to PHP and equal as numbers",
        "Moodle's import (framework_importer::add_children) finds a row's children by comparing id numbers with PHP's ==, which compares two numeric strings as numbers: 1.10 equals 1.1 and 01 equals 1, so the rows under one would also be hung under the other. unitc's own id numbers start with the unit reference and are never numeric; give such rows id numbers with a letter in them.");

    // unit test: KsbMappingTests.AnUnreadableStandardIsReported
    public static readonly DiagnosticDescriptor StandardUnreadable = Define(
        "UNITC0730", DiagnosticStage.Exchange, DiagnosticSeverity.Error,
        "Not an apprenticeship standard", "this is not an apprenticeship standard unitc can read: {0}",
        "unitc map --standard reads a standard in Skills England's JSON: referenceNumber, title, level, version, and knowledges, skills and behaviours each with a detail.");
}
