namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: DiffProcessTests.NoGitOnThePath
    public static readonly DiagnosticDescriptor GitNotFound = Define(
        "UNITC0601", DiagnosticStage.Change, DiagnosticSeverity.Error,
        "git not found", "git could not be run ({0})",
        "Comparing git revisions runs the git you have: install git or put it on the PATH, or compare two files or folders instead.");

    // unit test: DiffProcessTests.UnknownRevision
    public static readonly DiagnosticDescriptor UnknownRevision = Define(
        "UNITC0602", DiagnosticStage.Change, DiagnosticSeverity.Error,
        "Unknown revision", "'{0}' is neither a file or folder nor a revision git knows",
        "Name a branch, tag or commit of the repository (`unitc diff main`, `unitc diff v4.0..v4.1`), or two spec files or folders that exist.");

    // unit test: DiffProcessTests.OutsideAGitRepository
    public static readonly DiagnosticDescriptor NotAGitRepository = Define(
        "UNITC0603", DiagnosticStage.Change, DiagnosticSeverity.Error,
        "Not in a git repository", "'{0}' names a revision, but {1} is not in a git repository",
        "A revision is read from the repository the command runs in: run it inside the repository, or compare two files or folders.");

    // unit test: DiffTests.TwoSpecsOfOneUnitOnOneSide
    public static readonly DiagnosticDescriptor DuplicateUnitInCatalogue = Define(
        "UNITC0604", DiagnosticStage.Change, DiagnosticSeverity.Warning,
        "Unit in two specs", "unit {0} is also in {1}; this spec is left out of the comparison",
        "Each unit has one spec. Remove the copy, or compare the folders one spec at a time.");

    // unit test: DiffProcessTests.GitFailureIsReported
    public static readonly DiagnosticDescriptor GitFailed = Define(
        "UNITC0605", DiagnosticStage.Change, DiagnosticSeverity.Error,
        "git failed", "git {0} failed: {1}",
        "git's own message says why; the revision is read with `git ls-tree` and `git archive`, which never change the working tree.");

    // A lint finding, kept with the change review it comes from; its id is in lint's range so lint.rules can set it.
    // unit test: LintHistoryTests.MaterialChangeWithoutHistory
    public static readonly DiagnosticDescriptor LintMaterialChangeWithoutHistory = Define(
        "UNITC1060", DiagnosticStage.Lint, DiagnosticSeverity.Warning,
        "Material change with no history entry", "unit {0} has {1} material change(s) since {2} ({3}) but no new history entry",
        "Centres read what changed in the version-change table. Add a row under history: (version, date, change, section) for the change, or draft them with `unitc diff REV --write-history`. The revision compared with is `lint --since REV` or diff.base in unitc.yaml.\nBad: criterion 2.3 reworded, history unchanged\nGood: history: [{ version: \"4.2\", date: \"2026-03-01\", change: Assessment criterion 2.3 reworded, section: \"2.3\" }]");
}
