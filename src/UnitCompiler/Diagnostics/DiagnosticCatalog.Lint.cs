namespace UnitCompiler.Diagnostics;

// Wording rules. Each help text says what the rule checks and why, then a bad and a good example,
// which `unitc lint --explain ID` prints.
public static partial class DiagnosticCatalog
{
    // unit test: LintRuleTests.CommandVerb
    public static readonly DiagnosticDescriptor LintCommandVerb = Define(
        "UNITC1001", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Criterion does not start with a command verb", "criterion {0} starts '{1}'; start it with a command verb in its base form (Describe, Analyse, Implement)",
        "Criteria complete 'The learner can:' and start with a base-form command verb, which tells learner and assessor what evidence is needed.\nBad: 1.1 Learners should be analysing the features of co-production\nGood: 1.1 Analyse the features of co-production");

    // unit test: LintRuleTests.CompoundVerb
    public static readonly DiagnosticDescriptor LintCompoundVerb = Define(
        "UNITC1002", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Two actions in one criterion", "criterion {0} asks for two actions ('{1}'); each needs its own evidence, so split the criterion or choose one verb",
        "Two command verbs make evidence ambiguous: must the learner do both, and is one enough? University outcome-writing guides advise one verb per outcome; it is a warning, not an awarding-body rule. Set phrases can be allowed in unitc.yaml (lint.allowed_pairs).\nBad: 3.1 Develop and implement a plan\nGood: 3.1 Develop a plan ... / 3.2 Implement the plan ...");

    // unit test: LintRuleTests.UnassessableVerb
    public static readonly DiagnosticDescriptor LintUnassessableVerb = Define(
        "UNITC1003", DiagnosticStage.Lint, DiagnosticSeverity.Error,
        "Criterion verb cannot be assessed", "criterion {0} uses '{1}', which cannot be observed or evidenced; use a verb that names what the learner does (Explain, Describe)",
        "'Understand', 'know', 'be aware of' are fine as outcome stems but cannot be assessed as criteria: an assessor cannot see understanding, only what the learner does with it.\nBad: 2.1 Understand the role of partnerships\nGood: 2.1 Explain the role of partnerships");

    // unit test: LintRuleTests.VerbLevel
    public static readonly DiagnosticDescriptor LintVerbLevel = Define(
        "UNITC1004", DiagnosticStage.Lint, DiagnosticSeverity.Info,
        "Command verb unusual for the unit's level", "'{0}' usually appears at levels {1}-{2}; this unit is {3} (criteria {4})",
        "Verbs are not owned by a level, but depth rises with it: 'List' in a level 5 unit, or 'Critically evaluate' at level 2, is worth a second look. A suggestion, never an error: one per verb per unit, naming every criterion that uses it. Verbs common at every level (describe, explain, identify) are not mentioned unless lint.level_quiet_verbs says otherwise.\nBad (level 5): 4.1 List the types of support\nGood (level 5): 4.1 Analyse the types of support");

    // unit test: LintRuleTests.OutcomeVerbMismatch
    public static readonly DiagnosticDescriptor LintOutcomeVerbMismatch = Define(
        "UNITC1005", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Criteria verbs do not fit the outcome's kind", "outcome {0} is a {1} outcome but all its criteria use {2} verbs",
        "Knowledge outcomes ('Understand') are assessed with knowledge verbs (Explain, Analyse); skill outcomes ('Be able to') with performance verbs observed at work (Lead, Implement).\nBad: 4. Understand relationships / 4.1 Lead a review\nGood: 4. Understand relationships / 4.1 Explain the role of relationships");

    // unit test: LintRuleTests.UndefinedTermAndNoSeedTermLeftUnresolved
    public static readonly DiagnosticDescriptor LintUndefinedTerm = Define(
        "UNITC1010", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Key term not defined", "key term '{0}' of criterion {1} has no definition in the indicative content",
        "Bold terms in criteria are defined in the indicative content, so learners and assessors read them alike.\nBad: **safeguarding** in a criterion, no 'Safeguarding:' definition\nGood: add '**Safeguarding:** ...' under the criterion's indicative content");

    // unit test: LintRuleTests.TermSpelling
    public static readonly DiagnosticDescriptor LintTermSpelling = Define(
        "UNITC1011", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Key term spelt differently from its definition", "key term '{0}' is defined as '{1}'; use one spelling",
        "The term resolves to its definition, but two spellings of one term ('strength-based' and 'strengths-based') read as two ideas.\nBad: **strength-based approaches** defined as 'Strengths-based approaches'\nGood: **strengths-based approaches** defined as 'Strengths-based approaches'");

    // unit test: LintRuleTests.UnusedDefinition
    public static readonly DiagnosticDescriptor LintUnusedDefinition = Define(
        "UNITC1012", DiagnosticStage.Lint, DiagnosticSeverity.Info,
        "Definition nothing refers to", "'{0}' is defined but no criterion shows it as a key term",
        "A definition no bold term points to is either a term that lost its bold or content that belongs elsewhere.\nBad: 'Advocacy:' defined, no **advocacy** in any criterion\nGood: bold the term where a criterion uses it, or remove the definition");

    // unit test: LintRuleTests.InconsistentCompound
    public static readonly DiagnosticDescriptor LintInconsistentCompound = Define(
        "UNITC1020", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Compound spelt two ways", "'{0}' is spelt '{1}' elsewhere in the unit ({2} time(s)); use one form",
        "One unit should spell a compound one way throughout.\nBad: person-centred practice ... person centred practice\nGood: person-centred practice ... person-centred practice");

    // unit test: LintRuleTests.UsSpellingScansGuidanceToo
    public static readonly DiagnosticDescriptor LintUsSpelling = Define(
        "UNITC1021", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "US spelling", "'{0}' is a US spelling; UK qualifications use '{1}'",
        "Regulated UK units use British spelling (analyse, summarise, prioritise, centred).\nBad: relationship-centered care, emphasizing\nGood: relationship-centred care, emphasising");

    // unit test: LintRuleTests.DoubledWord
    public static readonly DiagnosticDescriptor LintDoubledWord = Define(
        "UNITC1022", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Doubled word", "'{0}' is repeated",
        "A word written twice is almost always a slip.\nBad: the the individual\nGood: the individual");

    // unit test: LintRuleTests.UnclosedPair
    public static readonly DiagnosticDescriptor LintUnclosedPair = Define(
        "UNITC1023", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Quote or bracket never closed", "{0} opened here is never closed",
        "An opening quote or bracket with no partner leaves the reader unsure where the quoted or bracketed words end. A quote not closed before the end of its sentence counts as unclosed.\nBad: also referred to as 'asset-based approaches. This approach ...\nGood: also referred to as 'asset-based approaches'. This approach ...");

    // unit test: LintRuleTests.ColonWithoutItems
    public static readonly DiagnosticDescriptor LintColonWithoutItems = Define(
        "UNITC1030", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Lead-in with no sub-items", "criterion {0} ends with ':' but has no sub-items",
        "A criterion that ends 'of:' promises a list. Either the sub-items were lost or the colon should go.\nBad: 3.5 Manage resources in ways that:  (no a), b))\nGood: 3.5 Manage resources in ways that: a) ... b) ...");

    // unit test: LintRuleTests.ItemsWithoutLeadIn
    public static readonly DiagnosticDescriptor LintItemsWithoutLeadIn = Define(
        "UNITC1031", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Sub-items with no lead-in", "criterion {0} has sub-items but its text does not lead into them (end it with ':')",
        "Sub-items complete the criterion's sentence; the lead-in ends with a colon so the reader knows they do.\nBad: 1.1 Analyse the features of co-production  a) ...\nGood: 1.1 Analyse the features of: a) co-production ...");

    // unit test: LintRuleTests.LongCriterion
    public static readonly DiagnosticDescriptor LintLongCriterion = Define(
        "UNITC1032", DiagnosticStage.Lint, DiagnosticSeverity.Info,
        "Very long criterion", "criterion {0} has {1} words (limit {2}); long criteria usually hide more than one requirement",
        "A criterion should name one requirement a learner can evidence. The limit is lint.max_criterion_words in unitc.yaml.\nBad: a 60-word criterion with three clauses\nGood: split it, or move detail to the indicative content");

    // unit test: LintRuleTests.UnalignedGuidance
    public static readonly DiagnosticDescriptor LintUnalignedGuidance = Define(
        "UNITC1040", DiagnosticStage.Lint, DiagnosticSeverity.Info,
        "Guidance aligned to no criterion", "the aligner matched this guidance item to no criterion of the unit, and it does not read as general study advice: check that it serves the unit",
        "Guidance should help with what the unit assesses. General study advice is shown apart as general guidance; an item that matches no criterion and is not study advice is about something else, or its wording shares nothing with the criteria it means.\nBad: a marking point about payroll spreadsheets in a care unit\nGood: a marking point about the evidence a criterion needs");
}
