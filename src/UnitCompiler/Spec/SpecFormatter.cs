using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Spec;

/// <summary>What <c>unitc fmt</c> does to one loaded spec: its canonical text, when that differs from what was read.</summary>
public static class SpecFormatter
{
    /// <summary>The unit's canonical text, or null when <paramref name="source"/> is canonical already (a byte order mark is not).</summary>
    public static string? Format(Unit unit, SourceText source, bool hasBom) => Changed(SpecWriter.Write(unit), source, hasBom);

    /// <summary>The qualification's canonical text, or null when <paramref name="source"/> is canonical already.</summary>
    public static string? Format(Qualification qualification, SourceText source, bool hasBom) => Changed(QualificationWriter.Write(qualification), source, hasBom);

    private static string? Changed(string canonical, SourceText source, bool hasBom) =>
        string.Equals(canonical, source.Text, StringComparison.Ordinal) && !hasBom ? null : canonical;
}
