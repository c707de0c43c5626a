using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Pdf;
using UnitCompiler.Qualifications;
using UnitCompiler.Render;
using UnitCompiler.Render.Xlsx;
using UnitCompiler.Spec;

namespace UnitCompiler.Project;

/// <summary>
/// The qualifications of a build: the specs among its inputs whose root key is <c>qualification:</c>
/// (<see cref="SpecKinds"/>), built after the units into their specification documents, with the
/// unit documents' guarantees: all or nothing per qualification, unchanged bytes not rewritten,
/// check mode, and the build record. A qualification's documents hold its units in full, so what it
/// is built from is its own spec and every unit spec of the build: its record's hash covers them all,
/// and a change to any unit spec rebuilds the qualifications (those that hold the unit among them).
/// </summary>
internal static class QualificationBuild
{
    /// <summary>
    /// Builds each qualification (given with the bytes the build read of it) after the unit specs
    /// (given with <paramref name="unitsHash"/>, the <see cref="UnitSpecsHash"/> of their builds);
    /// returns what the catalogue workbook needs of each, or null when one failed.
    /// </summary>
    public static List<CatalogueWorkbook.QualificationEntry>? Run(
        IReadOnlyList<(string Path, byte[] Bytes)> qualifications, IEnumerable<string> unitSpecs, string unitsHash, TemplateSet templates, OutputFolder output, BuildOptions options,
        BuildManifest manifest, PdfPrinter? printer, OutputFolder.Tally tally, DiagnosticBag diagnostics)
    {
        if (qualifications.Count == 0)
        {
            return [];
        }

        var catalogueFormat = options.Formats.Any(DocumentFormats.AddsCatalogue);
        var entries = new List<CatalogueWorkbook.QualificationEntry>();
        var failed = false;
        foreach (var (path, bytes) in qualifications)
        {
            var found = new DiagnosticBag();
            var hash = BuildManifest.Hash($"{BuildManifest.Hash(bytes)}\n{unitsHash}");
            if (!catalogueFormat && manifest.TrySkip(path, hash, output.Root, out var current))
            {
                tally.CountUnchanged(current);
                continue;
            }

            var input = InputLoader.LoadSpec(path, bytes, options.Limits);
            found.AddRange(input.Diagnostics);
            if (input.Qualification is not { } qualification)
            {
                diagnostics.AddRange(found.ToImmutable());
                failed = true;
                continue;
            }

            var catalogue = ProjectQualifications.Catalogue(qualification, unitSpecs, options.Limits, new DiagnosticBag()); // the units' own errors are reported by their builds
            var check = QualificationValidator.Validate(qualification, catalogue, SourceLocation.File(path), found);
            var documents = found.HasErrors ? [] : Render(qualification, check, catalogue, templates, options, printer, found);
            if (found.HasErrors)
            {
                diagnostics.AddRange(found.ToImmutable());
                failed = true;
                continue; // all or nothing: no mix of new and old documents
            }

            if (!options.Check)
            {
                output.RemoveStaleTemporaries(documents.Select(d => d.RelativePath));
            }

            foreach (var document in documents)
            {
                output.Emit(document.RelativePath, document.Content, path, tally, found);
                if (DocumentFormats.AddsCatalogue(document.Format))
                {
                    entries.Add(new CatalogueWorkbook.QualificationEntry(qualification.Header.Number, MarkdownInline.ToPlainText(qualification.Header.Title.Value), CsvReader.Read(DocumentEncoding.FirstSheet(document.TemplateOutput))));
                }
            }

            if (found.Count == 0)
            {
                manifest.Record(path, hash, output.Root, documents.Select(d => d.RelativePath));
            }

            failed |= found.HasErrors;
            diagnostics.AddRange(found.ToImmutable());
        }

        return failed ? null : entries;
    }

    /// <summary>The documents in the formats asked for; PDFs printed from the HTML documents, as a unit's are.</summary>
    private static List<RenderedDocument> Render(Qualification qualification, QualificationCheck check, Dictionary<string, Unit> catalogue, TemplateSet templates, BuildOptions options, PdfPrinter? printer, DiagnosticBag diagnostics)
    {
        var formats = options.Formats;
        if (printer is null)
        {
            return [.. QualificationDocumentRenderer.Render(qualification, check, catalogue, templates, formats, diagnostics, printConfidence: options.PrintConfidence, confirmedOnly: options.ConfirmedOnly)];
        }

        var source = DocumentFormats.SourceOf(DocumentFormats.Pdf)!;
        var documents = QualificationDocumentRenderer.Render(qualification, check, catalogue, templates, [.. formats, source], diagnostics, printConfidence: options.PrintConfidence, confirmedOnly: options.ConfirmedOnly).ToList();
        documents.AddRange(documents.Where(d => d.Format == source).ToList().Select(d => printer.Print(d, diagnostics)).OfType<RenderedDocument>());
        documents.RemoveAll(d => !formats.Contains(d.Format));
        return documents;
    }

    /// <summary>
    /// The unit specs and the qualification specs of <paramref name="files"/>, each in the order
    /// given, from the head of each file: for counting when a build stops before reading its specs
    /// (a build tells them apart from the bytes it reads anyway).
    /// </summary>
    public static (IReadOnlyList<string> Units, IReadOnlyList<string> Qualifications) Partition(IReadOnlyList<string> files)
    {
        var units = new List<string>(files.Count);
        var qualifications = new List<string>();
        foreach (var file in files)
        {
            (IsQualification(file) ? qualifications : units).Add(file);
        }

        return (units, qualifications);
    }

    /// <summary>
    /// Read from the start of the file only: a spec's root keys come first ('unitc:', then 'unit:' or
    /// 'qualification:'), and a catalogue build should not read every unit spec twice. A file that
    /// cannot be read is left with the units, whose build reports why.
    /// </summary>
    private static bool IsQualification(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var head = new byte[Math.Min(HeadLength, Math.Max(0, stream.Length))];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return SpecKinds.IsQualification(head.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private const int HeadLength = 16 * 1024;
}
