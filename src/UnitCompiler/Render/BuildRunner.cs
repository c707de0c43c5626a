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
        var manifest = BuildManifest.Load(root, BuildManifest.ComputeKey(BuildManifest.ToolVersion, templates, options.Formats));
        var results = new (int Written, int Unchanged, DiagnosticBag Diagnostics)[files.Count];
        var done = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
        {
            results[i] = BuildOne(files[i], templates, root, options, manifest);
            progress?.Invoke($"[{Interlocked.Increment(ref done)}/{files.Count}] {files[i]}");
        });

        foreach (var r in results)
        {
            diagnostics.AddRange(r.Diagnostics.ToImmutable());
        }

        if (!options.Check && files.Count > 0)
        {
            BuildManifestStore.TrySave(manifest);
        }

        return new BuildResult(files.Count, results.Sum(r => r.Written), results.Sum(r => r.Unchanged), diagnostics.ToImmutable()) { Skipped = manifest.Skipped };
    }

    private static (int, int, DiagnosticBag) BuildOne(string specPath, TemplateSet templates, string root, BuildOptions options, BuildManifest manifest)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = InputFile.ReadBytes(specPath, InputLimits.Default, diagnostics);
        if (bytes is null)
        {
            return (0, 0, diagnostics);
        }

        var hash = BuildManifest.Hash(bytes);
        if (manifest.TrySkip(specPath, hash, root, out var current))
        {
            return (0, current, diagnostics); // one read and a hash: the record shows its documents are current
        }

        var spec = SpecReader.Read(specPath, bytes);
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

        if (diagnostics.Count == 0)
        {
            manifest.Record(specPath, hash, root, documents.Select(d => d.RelativePath));
        }

        return (written, unchanged, diagnostics);
    }
}
