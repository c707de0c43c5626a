using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.IO;
using UnitCompiler.Spec;

namespace UnitCompiler.Lint;

/// <summary>
/// Lints specs and raw unit exports (imported in memory, never written). A file that cannot be
/// loaded contributes its load errors, so one run reports everything it can.
/// </summary>
public static class LintRunner
{
    public static IReadOnlyList<LintFinding> Run(IEnumerable<string> paths, LintConfig config, InputLimits? limits = null)
    {
        var findings = new List<LintFinding>();
        foreach (var path in SpecFiles.Expand(paths))
        {
            var isExport = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
            var (unit, diagnostics) = isExport
                ? Load(UnitImporter.ImportFile(path, limits))
                : Load(SpecReader.ReadFile(path, limits));
            findings.AddRange(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => new LintFinding(d, null)));
            if (unit is not null)
            {
                findings.AddRange(Linter.Lint(unit, config, path));
            }
        }

        return findings;
    }

    private static (Model.Unit?, IEnumerable<Diagnostic>) Load(ImportResult r) => (r.HasErrors ? null : r.Unit, r.Diagnostics);

    private static (Model.Unit?, IEnumerable<Diagnostic>) Load(SpecReadResult r) => (r.Unit, r.Diagnostics);
}
