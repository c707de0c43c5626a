using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Model;

namespace UnitCompiler.Project;

/// <summary>
/// <c>unitc export</c> over a project: one file per unit and per qualification in
/// <see cref="ProjectSettings.ExchangeOutput"/>, each written only when its bytes change.
/// </summary>
public static class ProjectExport
{
    public static ExportResult Run(ProjectSettings settings, ExchangeTarget target)
    {
        var diagnostics = new DiagnosticBag();
        var written = new List<string>();
        var unchanged = 0;

        // Every spec is read once: a qualification's units are taken from the units loaded here.
        var specs = settings.Files().Select(file => (File: file, Spec: InputLoader.LoadSpec(file, settings.Limits))).ToList();
        var loaded = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (_, spec) in specs)
        {
            if (spec.Unit is { } u)
            {
                loaded.TryAdd(u.Header.Ref, u);
            }
        }

        var loadedFiles = specs.Select(s => s.File).ToList();
        var extension = target == ExchangeTarget.Case ? CaseExport.Extension : MoodleFramework.Extension;
        foreach (var (file, spec) in specs)
        {
            diagnostics.AddRange(spec.Diagnostics);
            if (Export(file, spec, target, settings, loaded, loadedFiles, diagnostics) is not (var stem, { } bytes))
            {
                continue;
            }

            var path = Path.Combine(settings.ExchangeOutput, stem + extension);
            switch (ExchangeFiles.WriteIfChanged(path, bytes, diagnostics))
            {
                case true:
                    written.Add(path);
                    break;
                case false:
                    unchanged++;
                    break;
            }
        }

        return new ExportResult(written, unchanged, diagnostics.ToImmutable());
    }

    /// <summary>The file stem and bytes of one spec's export, or null when there is nothing to write (reported).</summary>
    private static (string Stem, byte[]? Bytes)? Export(
        string file,
        LoadedInput spec,
        ExchangeTarget target,
        ProjectSettings settings,
        IReadOnlyDictionary<string, Unit> loaded,
        IReadOnlyList<string> loadedFiles,
        DiagnosticBag diagnostics)
    {
        var at = SourceLocation.File(file);
        if (spec.Unit is { } unit)
        {
            var bytes = target == ExchangeTarget.Case
                ? CaseExport.Package(unit, settings.Exchange, at, diagnostics)
                : MoodleFramework.Write(unit, settings.Exchange, at, diagnostics);
            return (unit.Header.FileStem, bytes);
        }

        if (spec.Qualification is not { } qualification || spec.Diagnostics.Any(d => d.IsError))
        {
            return null;
        }

        // A qualification is exported only when its rules hold: its units and their facts are what the package states.
        var found = new DiagnosticBag();
        var (check, units) = ProjectQualifications.Checked(qualification, file, loaded, loadedFiles, settings.Limits, found);
        diagnostics.AddRange(found.ToImmutable());
        if (found.HasErrors)
        {
            return null;
        }

        var written = target == ExchangeTarget.Case
            ? CaseExport.Package(qualification, check.Facts, units, settings.Exchange, at, diagnostics)
            : MoodleFramework.Write(qualification, check.Facts, units, settings.Exchange, at, diagnostics);
        return (UnitRef.ToFileStem(qualification.Header.Number), written);
    }
}
