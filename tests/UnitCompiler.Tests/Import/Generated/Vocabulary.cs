namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Words for generated units, by sector, so that generated text reads like a unit and exercises
/// the characters exports spell as entities (apostrophes, curly quotes, ampersands, quotes).
/// Nothing here starts like a marker ("a)", "1.", "eg.") or holds Markdown or HTML syntax.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[][] Nouns =
    [
        // care
        ["individuals", "care plans", "safeguarding procedures", "person-centred practice", "team members", "others' wishes",
         "the individual’s rights", "active participation", "duty of care", "health & wellbeing", "partnership working", "co-production"],
        // construction
        ["site inductions", "method statements", "scaffolding checks", "the contractor’s duties", "health & safety law",
         "risk assessments", "load-bearing walls", "\"permit to work\" systems", "setting-out drawings", "hand tools", "waste materials"],
        // IT
        ["network protocols", "user accounts", "data protection", "the organisation’s policies", "backup routines",
         "software licences", "cyber-security threats", "help desk tickets", "cloud services", "users' needs", "version control"],
        // business
        ["customer records", "budget forecasts", "stakeholders' views", "the business’s objectives", "marketing plans",
         "supplier contracts", "profit & loss statements", "team targets", "meeting minutes", "\"value for money\"", "cash flow"],
        // hospitality
        ["food hygiene", "allergen information", "guests' complaints", "the kitchen’s rotas", "front of house",
         "stock rotation", "table service", "food & drink pairings", "temperature logs", "cleaning schedules", "bar equipment"],
        // engineering
        ["technical drawings", "tolerances", "maintenance schedules", "the manufacturer’s instructions", "torque settings",
         "fault-finding methods", "quality & inspection records", "hydraulic systems", "test equipment", "materials' properties", "work instructions"],
    ];

    public static readonly string[] CriterionVerbs =
    [
        "Analyse", "Describe", "Explain", "Evaluate", "Identify", "Assess", "Demonstrate", "Implement", "Review",
        "Compare", "Outline", "Apply", "Develop", "Support", "Lead", "Promote", "Ensure", "Summarise", "Use", "Carry out",
    ];

    public static readonly string[] OutcomeVerbs =
    [
        "lead", "plan", "carry out", "prepare", "maintain", "monitor", "support", "review", "install", "manage", "check",
    ];

    public static readonly string[] Joiners =
    [
        "and", "of", "in", "for", "with", "to", "within", "when using", "that affect", "relating to", "used in", "across",
    ];

    public static readonly string[] Openers =
    [
        "This unit", "Learners", "Evidence", "Assessors", "The assessment", "Centres", "Workplace records", "Observation",
    ];

    public static readonly string[] Predicates =
    [
        "must be assessed in line with", "may include", "should draw on", "is expected to cover", "can be gathered from",
        "must show application of", "is supported by", "should reflect",
    ];

    public static readonly string[] DefinitionStarts =
    [
        "the way in which", "an approach that covers", "in this context, this refers to", "also referred to as",
        "may include but is not limited to", "working with", "a record of",
    ];
}
