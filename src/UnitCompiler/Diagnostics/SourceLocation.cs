namespace UnitCompiler.Diagnostics;

/// <summary>
/// A place in a file. Lines and columns are stored 0-based (as the readers count) and printed
/// 1-based (as editors and problem matchers count); <see cref="ToString"/> is the printed form.
/// </summary>
public sealed record SourceLocation(string Path, int Line, int Column, int EndLine = -1, int EndColumn = -1)
{
    /// <summary>A location for a whole file, when no line applies (unreadable, missing).</summary>
    public static SourceLocation File(string path) => new(path, -1, -1);

    public bool HasLine => Line >= 0;

    public bool HasSpan => EndLine >= 0;

    /// <summary><c>path(line,col)</c>, or just <c>path</c> when there is no line.</summary>
    public override string ToString() => HasLine ? $"{Path}({Line + 1},{Column + 1})" : Path;
}
