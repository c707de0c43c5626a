using System.Collections.Immutable;
using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;

namespace UnitCompiler.Project;

/// <summary>A catalogue as loaded for a diff, and which file each unit came from (where a drafted history is written).</summary>
public sealed record LoadedCatalogue(Catalogue Catalogue, IReadOnlyDictionary<string, string> UnitFiles);

/// <summary>
/// Specs (files of a folder, or of a git revision) read into a <see cref="Catalogue"/>: a file whose
/// top level has <c>qualification:</c> is a qualification spec, any other a unit spec. A spec that
/// does not load has its errors reported and is left out.
/// </summary>
public static class CatalogueLoader
{
    public static LoadedCatalogue Load(IEnumerable<(string Path, byte[] Bytes)> files, InputLimits limits, DiagnosticBag diagnostics)
    {
        var units = ImmutableArray.CreateBuilder<Unit>();
        var qualifications = ImmutableArray.CreateBuilder<Qualification>();
        var unitFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var loaded = files.AsParallel().AsOrdered().Select(f => Read(f.Path, f.Bytes, limits)).ToList();
        foreach (var (path, unit, qualification, read) in loaded)
        {
            diagnostics.AddRange(read.Where(d => d.IsError));
            if (unit is not null)
            {
                if (unitFiles.TryGetValue(unit.Header.Ref, out var first))
                {
                    diagnostics.Add(DiagnosticCatalog.DuplicateUnitInCatalogue, SourceLocation.File(path), unit.Header.Ref, first);
                    continue;
                }

                unitFiles[unit.Header.Ref] = path;
                units.Add(unit);
            }

            if (qualification is not null)
            {
                qualifications.Add(qualification);
            }
        }

        return new LoadedCatalogue(new Catalogue(units.ToImmutable(), qualifications.ToImmutable()), unitFiles);
    }

    /// <summary>The spec files of a working tree (files as named, folders' *.yaml) read from disk.</summary>
    public static LoadedCatalogue LoadFiles(IEnumerable<string> paths, InputLimits limits, DiagnosticBag diagnostics)
    {
        var files = new List<(string, byte[])>();
        foreach (var path in ProjectInputs.Expand(paths))
        {
            if (InputFile.ReadBytes(path, limits, diagnostics) is { } bytes)
            {
                files.Add((path, bytes));
            }
        }

        return Load(files, limits, diagnostics);
    }

    private static (string Path, Unit? Unit, Qualification? Qualification, ImmutableArray<Diagnostic> Diagnostics) Read(string path, byte[] bytes, InputLimits limits)
    {
        var input = InputLoader.LoadSpec(path, bytes, limits);
        return (path, input.Unit, input.Qualification, input.Diagnostics);
    }
}
