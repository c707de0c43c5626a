namespace UnitCompiler.Diagnostics;

// The model's own rules, checked the same way after import and after loading a spec (UnitValidator).
public static partial class DiagnosticCatalog
{
    // unit test: ImportBadInputTests.MissingReference
    public static readonly DiagnosticDescriptor MissingReference = Define(
        "UNITC0201", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Missing reference number", "the unit has no reference number",
        "Every unit needs its reference number (e.g. L/652/0848): it names the spec and the output folder.");

    // unit test: ModelRuleTests.MalformedReference
    public static readonly DiagnosticDescriptor MalformedReference = Define(
        "UNITC0202", DiagnosticStage.Spec, DiagnosticSeverity.Warning,
        "Unusual reference number", "reference number '{0}' is not of the form L/652/0848",
        "Regulated unit references are a letter, three digits and four digits separated by '/'.");

    // unit test: ModelRuleTests.MissingTitle
    public static readonly DiagnosticDescriptor MissingTitle = Define(
        "UNITC0203", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Missing title", "the unit has no title",
        "Every unit needs a title: it heads every document.");

    // unit test: ImportBadInputTests.DuplicateCriterion
    public static readonly DiagnosticDescriptor DuplicateId = Define(
        "UNITC0204", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Duplicate id", "{0} {1} appears more than once (first at {2})",
        "Ids identify outcomes, criteria and sub-items in every document and mapping; each must be unique.");

    // unit test: ImportBadInputTests.CriteriaOutOfSequence
    public static readonly DiagnosticDescriptor OutOfSequence = Define(
        "UNITC0205", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Out of sequence", "{0} {1} follows {2}; expected {3}",
        "Outcomes count 1, 2, 3 and criteria n.1, n.2, n.3 in order. A gap usually means a criterion was lost in the export.");

    // unit test: ImportBadInputTests.CriterionUnderWrongOutcome
    public static readonly DiagnosticDescriptor CriterionOutcomeMismatch = Define(
        "UNITC0206", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Criterion under the wrong outcome", "criterion {0} sits under outcome {1}",
        "Criterion n.m belongs to outcome n.");

    // unit test: ModelRuleTests.OutcomeWithoutCriteria
    public static readonly DiagnosticDescriptor OutcomeWithoutCriteria = Define(
        "UNITC0207", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Outcome without criteria", "outcome {0} has no assessment criteria",
        "Every outcome is assessed by at least one criterion.");

    // unit test: ImportQuirkTests.KindConflictWarns
    public static readonly DiagnosticDescriptor OutcomeKindConflict = Define(
        "UNITC0208", DiagnosticStage.Spec, DiagnosticSeverity.Warning,
        "Outcome kind conflicts with the assessment requirements", "outcome {0} is a {1} outcome by its wording, but the assessment requirements {2}",
        "The assessment requirements name the skill-based outcomes, which must be observed at work. Make the outcome's stem and that sentence agree.");

    // unit test: ModelRuleTests.SkillOutcomeThatDoesNotExist
    public static readonly DiagnosticDescriptor UnknownOutcomeReference = Define(
        "UNITC0209", DiagnosticStage.Spec, DiagnosticSeverity.Warning,
        "Reference to an outcome that does not exist", "the assessment requirements name outcome {0}, which the unit does not have",
        "Check the outcome numbers in the assessment requirements.");

    // unit test: ModelRuleTests.IndicativeContentForUnknownCriterion
    public static readonly DiagnosticDescriptor UnknownCriterionReference = Define(
        "UNITC0210", DiagnosticStage.Spec, DiagnosticSeverity.Warning,
        "Reference to a criterion that does not exist", "{0} refers to criterion {1}, which the unit does not have",
        "Indicative content and guidance refer to criteria by id; check the number.");

    // unit test: CriterionAfterItemsTests.AfterItemsWithoutItemsIsAnError
    public static readonly DiagnosticDescriptor AfterItemsWithoutItems = Define(
        "UNITC0231", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Words after sub-items that are not there", "criterion {0} has 'after_items' but no sub-items",
        "'after_items' holds the words that close a criterion's sentence after its lettered list; with no list, they belong in 'text'.");
}
