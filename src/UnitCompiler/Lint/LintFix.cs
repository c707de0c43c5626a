using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Lint;

/// <summary>
/// A mechanical fix: the <paramref name="Original"/> characters at <paramref name="Offset"/> in
/// the file's text become <paramref name="Replacement"/>. <paramref name="Location"/> is the same
/// span as line and column, for JSON and SARIF readers. <paramref name="IsKeyTerm"/>: the span is a
/// bold key term, whose criterion's derived <c>terms:</c> list must change with it.
/// </summary>
public sealed record LintFix(SourceLocation Location, int Offset, string Original, string Replacement, bool IsKeyTerm = false)
{
    /// <summary>
    /// The fix of <paramref name="length"/> characters of <paramref name="text"/> at
    /// <paramref name="start"/>, or null when they were not read as one run of the file (an
    /// escape, a folded line, a string the importer built) and so have no single span to edit.
    /// </summary>
    public static LintFix? At(LocatedText text, int start, int length, string replacement, bool isKeyTerm, SourceLocation location)
    {
        if (!text.Origin.IsKnown || length <= 0 || start < 0 || start + length > text.Value.Length)
        {
            return null;
        }

        var offset = text.Origin.OffsetAt(start);
        var source = text.Origin.Source!.Text;
        var original = text.Value.Substring(start, length);
        var verbatim = text.Origin.OffsetAt(start + length - 1) == offset + length - 1
            && offset + length <= source.Length
            && string.CompareOrdinal(source, offset, original, 0, length) == 0;
        return verbatim ? new LintFix(location, offset, original, replacement, isKeyTerm) : null;
    }
}
