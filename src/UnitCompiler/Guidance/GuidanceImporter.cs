using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>Adds a topic synopsis to an imported unit and aligns its items to the unit's criteria.</summary>
public static class GuidanceImporter
{
    public static Unit? AddFile(Unit unit, string path, DiagnosticBag diagnostics, InputLimits? limits = null)
    {
        var source = InputFile.ReadText(path, limits ?? InputLimits.Default, diagnostics);
        if (source is null)
        {
            return null;
        }

        var guidance = GuidanceParser.Parse(source, diagnostics);
        return guidance is null ? null : GuidanceAligner.Align(unit with { Guidance = guidance });
    }
}
