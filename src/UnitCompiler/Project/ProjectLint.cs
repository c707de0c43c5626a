using UnitCompiler.IO;
using UnitCompiler.Lint;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Project;

/// <summary>
/// <c>unitc lint</c> over files: each loaded through <see cref="InputLoader"/> (an export is imported
/// in memory, never written) and handed to <see cref="LintRunner"/>.
/// </summary>
public static class ProjectLint
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
        var files = ProjectInputs.Expand(paths);
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
        var input = InputLoader.Load(path, limits);
        if (input.Kind == InputKind.Qualification)
        {
            var findings = LintRunner.Lint(null, input.Diagnostics, config, path);
            findings.AddRange(input.Qualification is { } q ? QualificationLint.Lint(q, config, path) : []);
            return findings;
        }

        // An export with errors is not linted: the rules would report the importer's gaps again.
        var unit = input.Kind == InputKind.Export && input.HasErrors ? null : input.Unit;
        return LintRunner.Lint(unit, input.Diagnostics, config, path);
    }
}
