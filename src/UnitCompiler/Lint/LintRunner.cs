using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Lint;

/// <summary>
/// Lints one loaded input: its load problems (warnings and errors) come first, as findings, then the
/// rules' findings when a unit could be made of it. A file that cannot be loaded thus still
/// contributes what went wrong, so one run reports everything it can.
/// </summary>
public static class LintRunner
{
    /// <param name="unit">The unit, or null when loading failed.</param>
    /// <param name="loadDiagnostics">What loading the file reported.</param>
    /// <param name="config">The <c>lint:</c> settings.</param>
    /// <param name="path">The file findings name.</param>
    public static List<LintFinding> Lint(Unit? unit, IEnumerable<Diagnostic> loadDiagnostics, LintConfig config, string path)
    {
        var findings = loadDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => new LintFinding(d, null)).ToList();
        if (unit is not null)
        {
            findings.AddRange(Linter.Lint(unit, config, path));
        }

        return findings;
    }
}
