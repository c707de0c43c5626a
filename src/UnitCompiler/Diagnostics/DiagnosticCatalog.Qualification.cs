namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: QualificationRuleTests.UnknownUnit
    public static readonly DiagnosticDescriptor UnknownQualificationUnit = Define(
        "UNITC0501", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Unit not found", "unit {0} is not in the catalogue and not declared in the qualification",
        "Every unit of a qualification needs its level, credit and GLH: add its spec to spec/, or declare it under the qualification's units with those facts.");

    // unit test: QualificationRuleTests.UnitInTwoGroups
    public static readonly DiagnosticDescriptor UnitInTwoGroups = Define(
        "UNITC0502", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Unit in two groups", "unit {0} is in group {1} and group {2}",
        "A unit belongs to one group of a qualification; taking it would otherwise count twice. Remove it from one group.");

    // unit test: QualificationRuleTests.BarredPairOutsideTheQualification
    public static readonly DiagnosticDescriptor BarredUnitNotInQualification = Define(
        "UNITC0503", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Barred unit not in the qualification", "barred combination names {0}, which is in none of the qualification's groups",
        "A barred combination says two of the qualification's units may not be taken together; both must be in its groups.");

    // unit test: QualificationRuleTests.CreditIsNotATenthOfTqt
    public static readonly DiagnosticDescriptor CreditTqtMismatch = Define(
        "UNITC0504", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Credit and TQT disagree", "credit {0} is not total qualification time {1} divided by 10 ({2})",
        "Credit, where a qualification has one, is its total qualification time (TQT) divided by 10.");

    // unit test: QualificationRuleTests.GlhAboveTqt
    public static readonly DiagnosticDescriptor GlhAboveTqt = Define(
        "UNITC0505", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "GLH above TQT", "guided learning hours {0} exceed total qualification time {1}",
        "Total qualification time is guided learning hours plus directed but unsupervised hours, so it is never less than the GLH.");

    // unit test: QualificationRuleTests.SizeWordDisagreesWithTqt
    public static readonly DiagnosticDescriptor SizeWordMismatch = Define(
        "UNITC0506", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Size word disagrees with TQT", "the title says '{0}' but total qualification time {1} makes it {2}",
        "The size word of a regulated qualification's title follows its TQT: Award up to 120 hours, Certificate 121 to 369, Diploma 370 or more.");

    // unit test: QualificationRuleTests.NoValidRoute
    public static readonly DiagnosticDescriptor NoValidRoute = Define(
        "UNITC0507", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "No valid route", "no choice of units meets every rule of combination",
        "Check the groups' minimums, the minimum total credit, the level rules and the barred combinations together: together they leave a learner no way to achieve the qualification.");

    // unit test: QualificationRuleTests.GroupRulesFallShortOfTheTotal
    public static readonly DiagnosticDescriptor RouteBelowTotal = Define(
        "UNITC0508", DiagnosticStage.Qualification, DiagnosticSeverity.Warning,
        "Group rules fall short of the total", "a route that meets every group's rule has only {0} credits, below the qualification's {1}: {2}",
        "Centres read the groups' rules as the route. When they can be met with fewer credits than the qualification's minimum, say in a group where the rest come from, or raise a group's minimum.");

    // unit test: QualificationRuleTests.StatedGlhIsNotTheMinimumOverRoutes
    public static readonly DiagnosticDescriptor GlhNotMinimum = Define(
        "UNITC0509", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "GLH is not the minimum over routes", "the qualification states {0} GLH, but the lowest over its valid routes is {1}, by {2}",
        "Where routes through the optional units differ, the GLH assigned to a qualification is the lowest over its valid routes.");

    // unit test: QualificationRuleTests.LevelRuleCannotBeMet
    public static readonly DiagnosticDescriptor LevelRuleUnmet = Define(
        "UNITC0510", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Level rule cannot be met", "at least {0} credits must be at level {1} or above, but the qualification's units at that level add up to {2}",
        "A rule of credits at or above a level needs enough units at that level among the mandatory and optional units.");

    // unit test: QualificationRuleTests.TooManyBarredUnitsToSolve
    public static readonly DiagnosticDescriptor TooManyBarredUnits = Define(
        "UNITC0511", DiagnosticStage.Qualification, DiagnosticSeverity.Warning,
        "Routes not checked", "more than {0} units are named in barred combinations; the route checks were not made",
        "Each barred combination doubles the cases the exact route solver tries. Split the qualification's barred combinations, or report the case to the unitc maintainers.");

    // unit test: QualificationRuleTests.MalformedNumber
    public static readonly DiagnosticDescriptor MalformedQualificationNumber = Define(
        "UNITC0512", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Qualification number malformed", "'{0}' is not a qualification number such as 603/1234/5",
        "Qualification numbers on the regulator's register are three digits, four digits and one digit or X, with obliques: 603/1234/5, 500/9516/X.");

    // unit test: QualificationRuleTests.UnitWithoutFacts
    public static readonly DiagnosticDescriptor UnitFactMissing = Define(
        "UNITC0513", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Unit fact missing", "unit {0} states no {1}, which the rules of combination count",
        "The route checks count each unit's level, credit and guided learning hours. Add the missing fact to the unit's spec.");

    // unit test: QualificationRegisterTests.MinGlhIsNotTheLowestRoute
    public static readonly DiagnosticDescriptor MinGlhNotLowestRoute = Define(
        "UNITC0514", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Minimum GLH is not the lowest route", "min_glh is {0}, but the lowest GLH over the valid routes is {1}",
        "The register's minimum GLH is the lowest guided learning hours over the valid routes through the qualification, the same figure as its GLH.");

    // unit test: QualificationRegisterTests.MaxGlhBelowMin
    public static readonly DiagnosticDescriptor MaxGlhBelowMin = Define(
        "UNITC0515", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Maximum GLH below minimum", "max_glh is {0}, below the qualification's minimum GLH of {1}",
        "The register's maximum GLH is the highest guided learning hours over the valid routes; it cannot be below the minimum.");

    // unit test: QualificationRegisterTests.DatesOutOfOrder
    public static readonly DiagnosticDescriptor DatesOutOfOrder = Define(
        "UNITC0516", DiagnosticStage.Qualification, DiagnosticSeverity.Error,
        "Dates out of order", "{0} ({1}) is before {2} ({3})",
        "A qualification's operational end date and review date come after its operational start date, and its history runs in date order.");
}
