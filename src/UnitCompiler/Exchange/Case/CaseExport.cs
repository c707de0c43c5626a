using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Exchange.Case;

/// <summary>The CASE export as a command runs it: the package, or a diagnostic at the spec when it has no date.</summary>
public static class CaseExport
{
    public const string Extension = ".case.json";

    public static byte[]? Package(Unit unit, ExchangeSettings settings, SourceLocation spec, DiagnosticBag diagnostics)
    {
        var package = CaseWriter.Write(unit, settings);
        if (package is null)
        {
            diagnostics.Add(DiagnosticCatalog.CaseNoDate, spec, unit.Header.Ref);
        }

        return package;
    }

    /// <summary>A qualification's package, or UNITC0731 (the qualification has no date) or UNITC0700 (one of its units has none).</summary>
    public static byte[]? Package(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue, ExchangeSettings settings, SourceLocation spec, DiagnosticBag diagnostics)
    {
        var package = CaseQualificationWriter.Write(qualification, facts, catalogue, settings, out var undated);
        if (package is null)
        {
            if (undated == qualification.Header.Number)
            {
                diagnostics.Add(DiagnosticCatalog.CaseQualificationNoDate, spec, undated);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.CaseNoDate, spec, undated ?? string.Empty);
            }
        }

        return package;
    }
}
