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
        // Files are independent: each is loaded and linted on whichever core is free, and the
        // findings are joined in file order, so the report is the same as a one-core run's.
        var files = SpecFiles.Expand(paths);
        var perFile = new IReadOnlyList<LintFinding>[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = LintFile(files[i], config, limits));
        return [.. perFile.SelectMany(f => f)];
    }

    private static List<LintFinding> LintFile(string path, LintConfig config, InputLimits? limits)
    {
        var isExport = path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var (unit, diagnostics) = isExport
            ? Load(UnitImporter.ImportFile(path, limits))
            : Load(SpecReader.ReadFile(path, limits));
        var findings = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => new LintFinding(d, null)).ToList();
        if (unit is not null)
        {
            findings.AddRange(Linter.Lint(unit, config, path));
        }

        return findings;
    }

    private static (Model.Unit?, IEnumerable<Diagnostic>) Load(ImportResult r) => (r.HasErrors ? null : r.Unit, r.Diagnostics);

    private static (Model.Unit?, IEnumerable<Diagnostic>) Load(SpecReadResult r) => (r.Unit, r.Diagnostics);
}
