namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: ImportBadInputTests.MissingFile
    public static readonly DiagnosticDescriptor FileNotFound = Define(
        "UNITC0001", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "File not found", "file not found",
        "The path given does not exist. Check the spelling and the current folder.");

    // unit test: ImportBadInputTests.Unreadable (a folder passed as a file)
    public static readonly DiagnosticDescriptor FileUnreadable = Define(
        "UNITC0002", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "File cannot be read", "cannot read the file: {0}",
        "The file exists but the operating system refused to read it (permissions, a folder, a lock).");

    // unit test: ImportBadInputTests.EmptyFile
    public static readonly DiagnosticDescriptor EmptyInput = Define(
        "UNITC0003", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "Empty file", "the file is empty",
        "There is nothing to read. Export the unit again.");

    // unit test: ImportBadInputTests.BinaryFile
    public static readonly DiagnosticDescriptor BinaryInput = Define(
        "UNITC0004", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "Binary file", "this is not a text file (it contains NUL bytes or is not valid UTF-16)",
        "unitc reads text exports. A .docx or .pdf must be exported as text first.");

    // unit test: ImportQuirkTests.Windows1252IsDecodedWithAWarningNeverReplacementCharacters
    public static readonly DiagnosticDescriptor NotUtf8 = Define(
        "UNITC0005", DiagnosticStage.Input, DiagnosticSeverity.Warning,
        "Not UTF-8", "the file is not valid UTF-8 from here on; it was read as Windows-1252",
        "Older exports are saved as Windows-1252. The text was decoded as such; check typographic quotes and dashes came through, and save the file as UTF-8 to silence this.");

    // unit test: ImportBadInputTests.TooLarge
    public static readonly DiagnosticDescriptor InputTooLarge = Define(
        "UNITC0006", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "File too large", "the file is {0:N0} bytes, over the limit of {1:N0} bytes",
        "A unit export is tens of kilobytes. The limit (4 MB unless set) guards against reading the wrong file by mistake: check the path names a unit export. A project whose files really are larger raises it in unitc.yaml (limits: max_input_size: 16MB).");

    // unit test: ProjectProcessTests.AFailedWriteIsReportedTheSameWayByEveryCommand
    public static readonly DiagnosticDescriptor WriteFailed = Define(
        "UNITC0007", DiagnosticStage.Input, DiagnosticSeverity.Error,
        "Cannot write output", "cannot write the file: {0}",
        "The output could not be written (permissions, a full disk, a folder in the way). Nothing was half-written: the previous file, if any, is unchanged.");
}
