namespace UnitCompiler.Diagnostics;

/// <summary>The output folder itself: what is in the way of writing into it safely.</summary>
public static partial class DiagnosticCatalog
{
    // unit test: OutputSafetyTests.LinkedUnitFolderIsRefusedAndNothingIsWrittenThroughIt, OutputSafetyTests.LinkInPlaceOfADocumentIsRefused, OutputSafetyTests.LinkedOutputFolderIsRefused
    public static readonly DiagnosticDescriptor OutputThroughLink = Define(
        "UNITC0330", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Link in the output folder", "this is a symbolic link or junction: unitc does not write through links in the output folder, and wrote nothing there",
        "The output folder is often a checkout, and a checkout can hold links that someone else put there; following one would write (or delete) outside the folder. Remove the link (rm removes the link, not what it points to) and build again. To build into another place, name it with --output.");

    // unit test: OutputSafetyTests.OutputFolderThatIsAFileIsRefused
    public static readonly DiagnosticDescriptor OutputFolderIsFile = Define(
        "UNITC0331", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Output folder is a file", "the output folder is a file",
        "The path given as the output folder (--output, or build.output in unitc.yaml) names a file. Name a folder, or move the file away.");

    // unit test: OutputProcessTests.ReadOnlyOutputFolderIsOneClearErrorAndWritesNothing
    public static readonly DiagnosticDescriptor OutputFolderUnwritable = Define(
        "UNITC0332", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Output folder cannot be written", "cannot write into the output folder: {0}",
        "A build first takes a lock file in the output folder, and that failed: the folder is read-only, belongs to another user, is on a full disk, or its parent is a file. Nothing was written.");

    // unit test: AtomicBuildProcessTests.TwoBuildsIntoOneFolderAtOnceOneWritesTheOtherSaysSo
    public static readonly DiagnosticDescriptor OutputLocked = Define(
        "UNITC0333", DiagnosticStage.Render, DiagnosticSeverity.Error,
        "Another build is writing", "another unitc build is writing to {0} (lock {1}); nothing was written",
        "Two builds into one folder at once (a watch and a developer's build, or two CI steps) would each overwrite what the other wrote. The second stops at once, before writing anything. Run it again when the other has finished. The lock is released when that build ends, even if it is killed.");
}
