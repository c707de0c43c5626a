namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: ImportQuirkTests.TrailerArtefactIsDroppedWithWarning
    public static readonly DiagnosticDescriptor ExportArtefact = Define(
        "UNITC0101", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Export artefact dropped", "a table-rule artefact of the export was dropped",
        "Exports leave lines of dashes and tabs where a table or page ended. They carry no text and are not copied into the spec.");

    // unit test: ImportBadInputTests.SynopsisPassedAsUnit
    public static readonly DiagnosticDescriptor LooksLikeSynopsis = Define(
        "UNITC0102", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "Synopsis passed as a unit", "this looks like a topic synopsis, not a unit; pass it with --guidance",
        "A topic synopsis has headings such as 'Topic Synopsis' and 'Key Concepts' and no outcome table. Import the unit and add the synopsis with: unitc import UNIT.txt --guidance SYNOPSIS.txt");

    // unit test: ImportBadInputTests.NoOutcomeTable
    public static readonly DiagnosticDescriptor NoOutcomes = Define(
        "UNITC0103", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "No learning outcomes", "no learning outcomes were found",
        "Outcomes are read from tab-separated rows whose first cell is '<p>1. Understand ...</p>'. Check the export kept its table.");

    // unit test: ImportBadInputTests.TruncatedTable
    public static readonly DiagnosticDescriptor TruncatedRow = Define(
        "UNITC0104", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "Truncated row", "this row ends before its HTML does ({0} block tag(s) still open at the end of the file)",
        "The export was cut off inside the outcome table. Export the unit again; criteria may be missing.");

    // unit test: ImportQuirkTests.UnknownMetadataLabelIsKept
    public static readonly DiagnosticDescriptor UnknownMetadataLabel = Define(
        "UNITC0105", DiagnosticStage.Import, DiagnosticSeverity.Info,
        "Unknown metadata label", "metadata label '{0}' is not one unitc maps; it is kept under unit.other",
        "Known labels: Unit Title, Unit Reference Number, Level, Credit Value, (Minimum) Guided Learning Hours. Others are kept verbatim so nothing is lost.");

    // unit test: ImportBadInputTests.UnreadableNumber
    public static readonly DiagnosticDescriptor UnreadableNumber = Define(
        "UNITC0106", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "Number not understood", "'{0}' is not a number unitc can read for {1}",
        "Write numbers as digits ('5'), as words ('Five') or both ('Five (5)').");

    // unit test: ImportQuirkTests.NumberWordsThatDisagreeWarn
    public static readonly DiagnosticDescriptor NumberMismatch = Define(
        "UNITC0107", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Number words and digits disagree", "'{0}' says {1} in words and {2} in digits; the digits are used",
        "'Five (6)' is ambiguous. Correct the export or the spec.");

    // unit test: ImportQuirkTests.UnknownOutcomeStemWarns
    public static readonly DiagnosticDescriptor UnknownOutcomeStem = Define(
        "UNITC0108", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Outcome kind unknown", "outcome {0} starts '{1}', neither a knowledge stem (Understand, Know) nor a skill stem (Be able to); its kind is taken from the assessment requirements",
        "Outcomes complete 'The learner will:'. Knowledge outcomes start 'Understand' or 'Know'; skill outcomes start 'Be able to'.");

    // unit test: ImportQuirkTests.TextOutsideCriteriaIsKept
    public static readonly DiagnosticDescriptor TextWithoutCriterion = Define(
        "UNITC0109", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Text without a criterion number", "this text in the criteria cell has no criterion number; it was appended to {0}",
        "Each paragraph of the criteria cell should start with its number ('1.2 Describe ...').");

    // unit test: ImportBadInputTests.SubItemBeforeAnyCriterion
    public static readonly DiagnosticDescriptor OrphanContent = Define(
        "UNITC0110", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "Content with no home", "{0} appears before any {1} it could belong to",
        "The export's structure is broken here: text was found where unitc expected an outcome or criterion to have started.");

    // unit test: ImportQuirkTests.IndicativeContentOutsideCriterionIsKept
    public static readonly DiagnosticDescriptor UnplacedIndicativeContent = Define(
        "UNITC0111", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Indicative content outside a criterion", "indicative content appears before any criterion heading; it was kept under outcome {0}",
        "Indicative content is grouped under AC headings ('### **AC2.2**' or '<b>AC2.2</b>').");

    // unit test: ImportBadInputTests.DeepNesting
    public static readonly DiagnosticDescriptor NestingTooDeep = Define(
        "UNITC0112", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "HTML nested too deeply", "HTML tags are nested more than {0} deep here",
        "Real exports nest a few tags. This much nesting means the file is damaged or hostile.");

    // unit test: ImportQuirkTests.MissingSectionsWarn
    public static readonly DiagnosticDescriptor MissingSection = Define(
        "UNITC0113", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Section missing", "the unit has no '{0}' section",
        "Units are expected to carry Assessment Requirements and Indicative Content sections.");

    // unit test: FuzzRegressionTests.StrayCellsAfterTheOutcomeTableAreKeptAndReported
    public static readonly DiagnosticDescriptor UnrecognisedContent = Define(
        "UNITC0114", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Unrecognised content", "unitc does not recognise this {0}; it was kept as {1}",
        "The line did not match any shape of the export format in this section. It is kept so nothing is lost; check where it went.");

    // unit test: CliProcessTests.VerifyReportsNothingLostOnTheSeed
    public static readonly DiagnosticDescriptor WordsLost = Define(
        "UNITC0115", DiagnosticStage.Import, DiagnosticSeverity.Error,
        "Words lost in import", "{0} word(s) of the source are not in the spec: {1}",
        "'unitc import --verify' checks that every word of the export, outside the structural labels, is in the spec. Report the export to the unitc maintainers with the words listed.");

    // unit test: ImportFactTests.MissingLevelCreditAndHoursEachWarn
    public static readonly DiagnosticDescriptor MissingMetadata = Define(
        "UNITC0116", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Metadata fact missing", "the unit states no {0}; the spec will have none",
        "Units state their level, credit value and guided learning hours in bold labels ('**Level:** 3'). Add the missing one to the export or to the spec.");

    // unit test: ImportFactTests.SkillStemsWithNoSkillSentenceWarn
    public static readonly DiagnosticDescriptor NoSkillOutcomesNamed = Define(
        "UNITC0117", DiagnosticStage.Import, DiagnosticSeverity.Warning,
        "Skill outcomes not named", "outcome(s) {0} start 'Be able to', but the assessment requirements name no outcome as skill based",
        "Assessment requirements usually say which outcomes are assessed in the workplace ('Learning outcomes 3 and 5 are skill based'). Without it, skill_outcomes stays empty and the outcome kinds come from their stems only.");

    // unit test: ImportFactTests.ARepeatedFactIsKeptUnderOther
    public static readonly DiagnosticDescriptor RepeatedMetadata = Define(
        "UNITC0118", DiagnosticStage.Import, DiagnosticSeverity.Info,
        "Metadata fact stated twice", "'{0}' states a fact the unit already gives; {1} is kept in its place and this one under unit.other",
        "A unit may carry its awarding body's own code beside its Ofqual reference ('Unit code: BK3-02', 'Ofqual unit reference: K/618/2054'): the reference in Ofqual's shape is the unit's ref, and the other is kept verbatim so nothing is lost. Of two titles, levels, credit values or hours the first is kept.");
}
