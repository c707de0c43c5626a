using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Pdf;
using UnitCompiler.Render;
using UnitCompiler.Render.Xlsx;
using UnitCompiler.Spec;

namespace UnitCompiler.Project;

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
        BuildTimings.Mark("unitc.yaml, options");
        var diagnostics = new DiagnosticBag();
        var notAsAsked = options.TemplatesFolder is { } folder && !Directory.Exists(folder);
        var templates = ProjectTemplates.Load(options.TemplatesFolder, diagnostics, options.Formats);
        BuildTimings.Mark("templates");
        var known = DocumentFormats.Known(templates.Documents.Select(d => d.Format));

        foreach (var format in options.Formats.Where(f => !known.Contains(f)))
        {
            diagnostics.Add(DiagnosticCatalog.UnknownFormat, SourceLocation.File("--format"), format, string.Join(", ", known));
            notAsAsked = true;
        }

        PdfPrinter? printer = null;
        if (options.Formats.Contains(DocumentFormats.Pdf) && !diagnostics.HasErrors)
        {
            var browser = options.Browser ?? Browser.Find();
            if (browser is null || !File.Exists(browser))
            {
                diagnostics.Add(DiagnosticCatalog.BrowserNotFound, SourceLocation.File("--format"), browser is null ? Browser.InstallHint : $"'{browser}' does not exist");
            }
            else
            {
                printer = new PdfPrinter(browser, PdfPrinter.DefaultTimeout);
            }
        }

        if (diagnostics.HasErrors)
        {
            return new BuildResult(0, 0, 0, diagnostics.ToImmutable()) { NotRunAsAsked = notAsAsked };
        }

        var inputs = ProjectInputs.Expand(options.Specs);
        var output = new OutputFolder(options.OutputFolder, options.Check);
        var ready = true;
        using var outputLock = inputs.Count > 0 ? output.Open(diagnostics, out ready) : null;
        if (!ready)
        {
            // A link, a file, a lock or a folder that cannot be written: nothing written, and the
            // specs are looked at only to count the units among them.
            return new BuildResult(QualificationBuild.Partition(inputs).Units.Count, 0, 0, diagnostics.ToImmutable());
        }

        BuildTimings.Mark("output folder, lock");
        var manifest = BuildManifest.Load(output.Root, BuildManifest.ComputeKey(BuildManifest.ToolVersion, templates, options.Formats, options.PrintConfidence, options.ConfirmedOnly));
        BuildTimings.Mark("build record: key, load");
        var built = new SpecBuild[inputs.Count];
        var done = 0;
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
        {
            built[i] = BuildOne(inputs[i], templates, output, options, manifest, printer);
            progress?.Invoke($"[{Interlocked.Increment(ref done)}/{inputs.Count}] {inputs[i]}");
        });

        BuildTimings.Mark("units (wall)");

        // Each spec was read once, by its build: the qualifications among them (told by their root
        // key in the bytes read) are built after the units, from those bytes and the units' hashes.
        var files = new List<string>(inputs.Count);
        var unitHashes = new List<string?>(inputs.Count);
        var results = new List<SpecBuild>(inputs.Count);
        var qualifications = new List<(string Path, byte[] Bytes)>();
        var tally = new OutputFolder.Tally();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (built[i].QualificationBytes is { } bytes)
            {
                qualifications.Add((inputs[i], bytes));
                continue;
            }

            files.Add(inputs[i]);
            unitHashes.Add(built[i].Hash);
            results.Add(built[i]);
            diagnostics.AddRange(built[i].Diagnostics);
            tally.Add(built[i].Written, built[i].Unchanged);
        }

        // After the units, whose specs the qualifications' documents show in full.
        var qualificationEntries = QualificationBuild.Run(qualifications, files, unitHashes, templates, output, options, manifest, printer, tally, diagnostics);

        if (!options.Check)
        {
            output.RemoveStaleTemporaries([CatalogueWorkbook.RelativePath, BuildManifest.FileName]); // the files written at the root
        }

        // The catalogue workbook holds every unit or is left as it was: a unit that failed keeps
        // its old sheet rather than vanishing from it.
        var catalogue = options.Formats.Any(DocumentFormats.AddsCatalogue);
        if (catalogue && files.Count > 0 && results.All(r => r.Entry is not null) && qualificationEntries is not null)
        {
            var workbook = CatalogueWorkbook.Create([.. results.Select(r => r.Entry!)], qualificationEntries);
            output.Emit(CatalogueWorkbook.RelativePath, workbook, "the catalogue", tally, diagnostics);
        }

        // The record lives beside the documents, and is written last, when they are: a build that
        // wrote none into a folder it had to make (every spec failed) leaves no folder behind just to hold it.
        if (outputLock is not null && (tally.Written > 0 || !outputLock.CreatedRoot))
        {
            outputLock.Wrote = true;
            BuildManifestStore.TrySave(manifest);
        }

        BuildTimings.Mark("catalogue, build record");

        return new BuildResult(files.Count, tally.Written, tally.Unchanged, diagnostics.ToImmutable()) { Skipped = manifest.Skipped, Qualifications = qualifications.Count };
    }

    /// <summary>
    /// What building one input gave: a unit's counts, findings, workbook rows and spec hash, or a
    /// qualification's bytes, built later. Kept for every input until the build ends, so kept small.
    /// </summary>
    private readonly record struct SpecBuild(int Written, int Unchanged, ImmutableArray<Diagnostic> Diagnostics, CatalogueWorkbook.Entry? Entry, string? Hash, byte[]? QualificationBytes = null)
    {
        public SpecBuild(OutputFolder.Tally tally, DiagnosticBag diagnostics, CatalogueWorkbook.Entry? entry, string? hash, byte[]? qualificationBytes = null)
            : this(tally.Written, tally.Unchanged, diagnostics.Count == 0 ? [] : diagnostics.ToImmutable(), entry, hash, qualificationBytes)
        {
        }
    }

    private static SpecBuild BuildOne(string specPath, TemplateSet templates, OutputFolder output, BuildOptions options, BuildManifest manifest, PdfPrinter? printer)
    {
        var diagnostics = new DiagnosticBag();
        var tally = new OutputFolder.Tally();
        var time = BuildTimings.Start();
        var bytes = InputFile.ReadBytes(specPath, options.Limits, diagnostics);
        if (bytes is null)
        {
            return new(tally, diagnostics, null, null);
        }

        if (SpecKinds.IsQualification(bytes))
        {
            return new(tally, diagnostics, null, null, bytes);
        }

        // The catalogue workbook is assembled from every unit's rows, so an xlsx build renders every unit.
        var hash = BuildManifest.Hash(bytes);
        if (!options.Formats.Any(DocumentFormats.AddsCatalogue) && manifest.TrySkip(specPath, hash, output.Root, out var current))
        {
            tally.CountUnchanged(current); // one read and a hash: the record shows its documents are current
            return new(tally, diagnostics, null, hash);
        }

        time = BuildTimings.Since(time, "  spec: read, hash");
        var spec = InputLoader.LoadSpec(specPath, bytes, options.Limits);
        time = BuildTimings.Since(time, "  spec: parse");
        diagnostics.AddRange(spec.Diagnostics);
        if (spec.Unit is null)
        {
            return new(tally, diagnostics, null, hash);
        }

        var documents = Render(spec.Unit, templates, options, printer, diagnostics);
        time = BuildTimings.Since(time, "  render");

        if (diagnostics.HasErrors)
        {
            return new(tally, diagnostics, null, hash); // all or nothing per unit: no mix of new and old documents
        }

        if (!options.Check)
        {
            output.RemoveStaleTemporaries(documents.Select(d => d.RelativePath));
        }

        CatalogueWorkbook.Entry? entry = null;
        foreach (var document in documents)
        {
            output.Emit(document.RelativePath, document.Content, specPath, tally, diagnostics);
            if (DocumentFormats.AddsCatalogue(document.Format))
            {
                entry = CatalogueWorkbook.Entry.Of(spec.Unit, CsvReader.Read(DocumentEncoding.FirstSheet(document.TemplateOutput)));
            }
        }

        time = BuildTimings.Since(time, "  write");
        if (diagnostics.Count == 0)
        {
            manifest.Record(specPath, hash, output.Root, documents.Select(d => d.RelativePath));
        }
        else if (diagnostics.HasErrors)
        {
            manifest.Forget(specPath); // some documents may be new and some old: the record must not vouch for any
        }

        return new(tally, diagnostics, entry, hash);
    }

    /// <summary>The unit's documents in the formats asked for. PDFs are printed from the HTML documents, which are rendered for them even when not asked for.</summary>
    private static List<RenderedDocument> Render(Model.Unit unit, TemplateSet templates, BuildOptions options, PdfPrinter? printer, DiagnosticBag diagnostics)
    {
        var formats = options.Formats;
        if (printer is null)
        {
            return [.. DocumentRenderer.Render(unit, templates, formats, diagnostics, printConfidence: options.PrintConfidence, confirmedOnly: options.ConfirmedOnly)];
        }

        var source = DocumentFormats.SourceOf(DocumentFormats.Pdf)!;
        var documents = DocumentRenderer.Render(unit, templates, [.. formats, source], diagnostics, printConfidence: options.PrintConfidence, confirmedOnly: options.ConfirmedOnly).ToList();
        documents.AddRange(documents.Where(d => d.Format == source).ToList().Select(d => printer.Print(d, diagnostics)).OfType<RenderedDocument>());
        documents.RemoveAll(d => !formats.Contains(d.Format));
        return documents;
    }
}
