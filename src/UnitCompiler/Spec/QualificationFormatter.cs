using UnitCompiler.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Spec;

/// <summary>What <c>unitc fmt</c> does to one loaded qualification spec: its canonical text, when that differs from what was read.</summary>
public static class QualificationFormatter
{
    /// <summary>The canonical text, or null when <paramref name="source"/> is canonical already (a byte order mark is not).</summary>
    public static string? Format(Qualification qualification, SourceText source, bool hasBom)
    {
        var canonical = QualificationWriter.Write(qualification);
        return string.Equals(canonical, source.Text, StringComparison.Ordinal) && !hasBom ? null : canonical;
    }
}
