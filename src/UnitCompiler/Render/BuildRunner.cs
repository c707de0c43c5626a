using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Spec;

namespace UnitCompiler.Render;

/// <summary>
/// Builds every spec into its documents. Templates are parsed once; units render in parallel; a
/// file whose bytes would not change is not touched (so an unchanged build writes nothing and
/// leaves timestamps alone); in check mode nothing is written and every stale or missing file is
/// reported. A spec with errors is reported and skipped, and its old documents stay as they were.
/// </summary>
public static class BuildRunner
{
    public static BuildResult Run(BuildOptions options, Action<string>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(options.TemplatesFolder, diagnostics);
        var known = templates.Documents.Select(d => d.Format).Distinct().ToList();
        foreach (var format in options.Formats.Where(f => !known.Contains(f)))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownFormat, SourceLocation.File("--format"), format, string.Join(", ", known));
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(0, 0, 0, diagnostics.ToImmutable());
        }

        var files = SpecFiles.Expand(options.Specs);
        var root = Path.GetFullPath(options.OutputFolder);
        var results = new (int Written, int Unchanged, DiagnosticBag Diagnostics)[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
        {
            results[i] = BuildOne(files[i], templates, root, options);
            progress?.Invoke($"[{Interlocked.Increment(ref done)}/{files.Count}] {files[i]}");
        });

        foreach (var r in results)
        {
            diagnostics.AddRange(r.Diagnostics.ToImmutable());
        }

        return new BuildResult(files.Count, results.Sum(r => r.Written), results.Sum(r => r.Unchanged), diagnostics.ToImmutable());
    }

    private static (int, int, DiagnosticBag) BuildOne(string specPath, TemplateSet templates, string root, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var spec = SpecReader.ReadFile(specPath);
        diagnostics.AddRange(spec.Diagnostics);
        if (spec.Unit is null)
        {
            return (0, 0, diagnostics);
        }

        var documents = DocumentRenderer.Render(spec.Unit, templates, options.Formats, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (0, 0, diagnostics); // all or nothing per unit: no mix of new and old documents
        }

        if (!options.Check)
        {
            // A build killed mid-write left its temporary files here; they would otherwise pile up.
            foreach (var folder in documents.Select(d => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(root, d.RelativePath)))!).Distinct(StringComparer.Ordinal)
                         .Where(f => f.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && Directory.Exists(f)))
            {
                AtomicFile.RemoveStaleTemporaries(folder);
            }
        }

        int written = 0, unchanged = 0;
        foreach (var document in documents)
        {
            var path = Path.GetFullPath(Path.Combine(root, document.RelativePath));
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.UnsafeOutputPath, SourceLocation.File(specPath), document.RelativePath);
                continue;
            }

            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(document.Content))
            {
                unchanged++;
                continue;
            }

            if (options.Check)
            {
                diagnostics.Add(DiagnosticCatalog.StaleOutput, SourceLocation.File(Path.Combine(options.OutputFolder, document.RelativePath)), File.Exists(path) ? "out of date" : "missing");
                continue;
            }

            try
            {
                AtomicFile.Write(path, document.Content);
                written++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(DiagnosticCatalog.WriteFailed, SourceLocation.File(path), e.Message);
            }
        }

        return (written, unchanged, diagnostics);
    }
}
