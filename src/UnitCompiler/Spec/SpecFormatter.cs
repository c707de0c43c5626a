using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Spec;

/// <summary>What <c>unitc fmt</c> does to one loaded spec: its canonical text, when that differs from what was read.</summary>
public static class SpecFormatter
{
    /// <summary>The canonical text, or null when <paramref name="source"/> is canonical already (a byte order mark is not).</summary>
    public static string? Format(Unit unit, SourceText source, bool hasBom)
    {
        var canonical = SpecWriter.Write(unit);
        return string.Equals(canonical, source.Text, StringComparison.Ordinal) && !hasBom ? null : canonical;
    }
}
