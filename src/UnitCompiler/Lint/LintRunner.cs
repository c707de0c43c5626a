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
    public static IReadOnlyList<LintFinding> Run(IEnumerable<string> paths, LintConfig config, InputLimits? limits = null) =>
        [.. LintFiles(paths, config, limits).SelectMany(f => f)];

    /// <summary>
    /// Each file's findings, in file order, as soon as the files before it are done. Files are
    /// independent, so a window of them is loaded and linted on whichever core is free; only that
    /// window's findings are held, so memory does not grow with the number of files.
    /// </summary>
    public static IEnumerable<IReadOnlyList<LintFinding>> LintFiles(IEnumerable<string> paths, LintConfig config, InputLimits? limits = null)
    {
        var files = SpecFiles.Expand(paths);
        // Wide enough that the cores rarely wait for the slowest file of a window.
        var window = Math.Max(1, Environment.ProcessorCount) * 32;
        for (var start = 0; start < files.Count; start += window)
        {
            var perFile = new IReadOnlyList<LintFinding>[Math.Min(window, files.Count - start)];
            Parallel.For(0, perFile.Length, i => perFile[i] = LintFile(files[start + i], config, limits));
            foreach (var findings in perFile)
            {
                yield return findings;
            }
        }
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
