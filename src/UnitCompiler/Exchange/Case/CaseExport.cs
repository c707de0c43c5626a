using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Exchange.Case;

/// <summary>The CASE export as a command runs it: the package, or UNITC0700 at the spec when it has no date.</summary>
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
}
