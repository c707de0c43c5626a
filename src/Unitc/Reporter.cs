using UnitCompiler.Diagnostics;

namespace Unitc;

/// <summary>
/// The one place commands print diagnostics: errors and warnings to standard error in the MSBuild
/// canonical form (editors and CI problem matchers read it), then a count.
/// </summary>
internal static class Reporter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics, bool summary = true)
    {
        var list = DiagnosticBag.Sort(diagnostics).Where(d => d.Severity >= DiagnosticSeverity.Info).ToList();
        foreach (var d in list)
        {
            error.WriteLine(d.ToString());
        }

        var errors = list.Count(d => d.IsError);
        var warnings = list.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (summary && (errors > 0 || warnings > 0))
        {
            error.WriteLine($"{errors} error(s), {warnings} warning(s)");
        }
    }
}
