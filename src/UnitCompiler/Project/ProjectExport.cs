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
        var files = settings.Files();
        var written = new string?[files.Count];
        var unchanged = 0;

        // Units are read, exported and let go one at a time, so memory does not grow with the catalogue.
        // A qualification waits for the end; the units it names are read again then (the first spec of
        // each reference, as when every unit was held).
        var unitFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var qualifications = new List<(int Index, LoadedInput Spec)>();
        for (var i = 0; i < files.Count; i++)
        {
            var spec = InputLoader.LoadSpec(files[i], settings.Limits);
            diagnostics.AddRange(spec.Diagnostics);
            if (spec.Unit is { } unit)
            {
                unitFiles.TryAdd(unit.Header.Ref, files[i]);
            }
            else if (spec.Qualification is not null)
            {
                qualifications.Add((i, spec));
                continue;
            }

            Write(i, Export(files[i], spec, target, settings, Empty, files, diagnostics));
        }

        var named = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var reference in qualifications.SelectMany(q => q.Spec.Qualification!.UnitRefs).Select(r => r.Ref).Distinct(StringComparer.Ordinal))
        {
            if (unitFiles.TryGetValue(reference, out var file) && InputLoader.LoadSpec(file, settings.Limits).Unit is { } unit)
            {
                named[reference] = unit;
            }
        }

        foreach (var (index, spec) in qualifications)
        {
            Write(index, Export(files[index], spec, target, settings, named, files, diagnostics));
        }

        return new ExportResult([.. written.OfType<string>()], unchanged, diagnostics.ToImmutable());

        void Write(int index, (string Stem, byte[]? Bytes)? export)
        {
            if (export is not (var stem, { } bytes))
            {
                return;
            }

            var path = Path.Combine(settings.ExchangeOutput, stem + (target == ExchangeTarget.Case ? CaseExport.Extension : MoodleFramework.Extension));
            switch (ExchangeFiles.WriteIfChanged(path, bytes, diagnostics))
            {
                case true:
                    written[index] = path;
                    break;
                case false:
                    unchanged++;
                    break;
            }
        }
    }

    private static readonly IReadOnlyDictionary<string, Unit> Empty = new Dictionary<string, Unit>();

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
