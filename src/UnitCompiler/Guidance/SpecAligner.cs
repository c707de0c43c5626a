using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>What <c>unitc align</c> does to one loaded spec: recompute the alignments after writers edit criteria or guidance.</summary>
public static class SpecAligner
{
    /// <summary>The spec's text with its alignments recomputed, or null when they are unchanged.</summary>
    public static string? Align(Unit unit, SourceText source)
    {
        var yaml = SpecWriter.Write(GuidanceAligner.Align(unit));
        return string.Equals(yaml, source.Text, StringComparison.Ordinal) ? null : yaml;
    }
}
