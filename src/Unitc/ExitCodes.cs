namespace Unitc;

/// <summary>
/// The same kind of problem exits the same from every command (the table is in the README):
/// 0 success, warnings included; 1 the inputs have errors, or <c>--check</c> found something to do;
/// 2 the command could not run as asked: wrong usage, or a unitc.yaml with errors.
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    /// <summary>A unitc.yaml (or <c>--config</c> file) with errors: as wrong usage, the command cannot run as asked.</summary>
    public const int Configuration = Usage;
}
