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
        var key = BuildManifest.ComputeKey(BuildManifest.ToolVersion, templates, options.Formats, options.PrintConfidence, options.ConfirmedOnly);
        using var manifest = BuildManifest.Load(output.Root, key, write: outputLock is not null);
        BuildTimings.Mark("build record: key, open");

        // The specs in the build record's order, a window at a time: the record is read and written
        // in step, and what the build keeps of a unit after its window is only what the catalogue
        // workbook and the qualifications need (rows when the workbook is asked for; one running hash).
        var specs = InBuildOrder(inputs);
        var window = options.Window > 0 ? options.Window : Math.Max(256, options.Jobs * 64);
        var built = new SpecBuild[Math.Min(window, specs.Length)];
        var qualifications = new List<(string Path, byte[] Bytes)>();
        var qualificationPaths = new HashSet<string>(StringComparer.Ordinal);
        var unitSpecs = new UnitSpecsHash();
        var catalogue = options.Formats.Any(DocumentFormats.AddsCatalogue);
        var workbookRows = catalogue ? new List<CatalogueWorkbook.Entry>() : null;
        var tally = new OutputFolder.Tally();
        var done = 0;
        for (var start = 0; start < specs.Length; start += window)
        {
            var count = Math.Min(window, specs.Length - start);
            var last = specs[start + count - 1].Full;
            manifest.ReadUpTo(last);
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Jobs) }, i =>
            {
                var spec = specs[start + i].Shown;
                built[i] = BuildOne(spec, templates, output, options, manifest, printer);
                progress?.Invoke($"[{Interlocked.Increment(ref done)}/{specs.Length}] {spec}");
            });

            for (var i = 0; i < count; i++)
            {
                var (shown, full) = specs[start + i];
                if (built[i].QualificationBytes is { } bytes)
                {
                    // Each spec was read once, by its build: the qualifications among them (told by
                    // their root key in the bytes read) are built after the units, from those bytes.
                    qualifications.Add((shown, bytes));
                    qualificationPaths.Add(full);
                    continue;
                }

                unitSpecs.Add(full, built[i].Hash);
                diagnostics.AddRange(built[i].Diagnostics);
                tally.Add(built[i].Written, built[i].Unchanged);
                if (built[i].Entry is { } rows)
                {
                    workbookRows?.Add(rows);
                }
                else
                {
                    workbookRows = null; // a unit that failed keeps its old sheet: the workbook is left as it was
                }
            }

            manifest.Flush(last);
            Array.Clear(built);
        }

        BuildTimings.Mark("units (wall)");

        // After the units, whose specs the qualifications' documents show in full.
        var units = specs.Where(s => !qualificationPaths.Contains(s.Full)).Select(s => s.Shown);
        var qualificationEntries = QualificationBuild.Run(qualifications, units, unitSpecs.Value, templates, output, options, manifest, printer, tally, diagnostics);

        if (!options.Check)
        {
            output.RemoveStaleTemporaries([CatalogueWorkbook.RelativePath, BuildManifest.FileName]); // the files written at the root
        }

        // The catalogue workbook holds every unit or is left as it was.
        if (workbookRows is { Count: > 0 } && qualificationEntries is not null)
        {
            var workbook = CatalogueWorkbook.Create([.. workbookRows], qualificationEntries);
            output.Emit(CatalogueWorkbook.RelativePath, workbook, "the catalogue", tally, diagnostics);
        }

        // The record lives beside the documents, and is put in place last, when they are: a build that
        // wrote none into a folder it had to make (every spec failed) leaves no folder behind just to hold it.
        if (outputLock is not null && (tally.Written > 0 || !outputLock.CreatedRoot))
        {
            outputLock.Wrote = true;
            manifest.Save();
        }

        BuildTimings.Mark("catalogue, build record");

        return new BuildResult(unitSpecs.Count, tally.Written, tally.Unchanged, diagnostics.ToImmutable()) { Skipped = manifest.Skipped, Qualifications = qualifications.Count };
    }

    /// <summary>
    /// The inputs in order of full path (ordinal), the build record's order, each once (a spec named
    /// twice, by a folder and by itself, is built once), with the path as the user gave it for messages.
    /// </summary>
    private static (string Shown, string Full)[] InBuildOrder(IReadOnlyList<string> inputs) =>
        [.. inputs.Select(i => (Shown: i, Full: Path.GetFullPath(i))).DistinctBy(i => i.Full, StringComparer.Ordinal).OrderBy(i => i.Full, StringComparer.Ordinal)];

    /// <summary>
    /// What building one input gave: a unit's counts, findings, workbook rows and spec hash, or a
    /// qualification's bytes, built later. Kept for the inputs of one window.
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
        using var read = InputFile.ReadPooled(specPath, options.Limits, diagnostics);
        if (read is null)
        {
            return new(tally, diagnostics, null, null);
        }

        var bytes = read.Span;
        if (SpecKinds.IsQualification(bytes))
        {
            manifest.Hold(specPath); // its record entry is settled after the units, when it is built
            return new(tally, diagnostics, null, null, bytes.ToArray());
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
