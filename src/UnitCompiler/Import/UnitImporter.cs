using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>Reads a unit export (bytes or decoded text; files are the project layer's) into a <see cref="Unit"/> and its diagnostics. Never throws for bad input.</summary>
public static class UnitImporter
{
    public static ImportResult Import(string path, ReadOnlySpan<byte> bytes, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var source = InputFile.DecodeText(path, bytes, limits ?? InputLimits.Default, diagnostics);
        return source is null ? new ImportResult(null, diagnostics.ToImmutable()) : Import(source, diagnostics);
    }

    public static ImportResult Import(SourceText source) => Import(source, new DiagnosticBag());

    private static ImportResult Import(SourceText source, DiagnosticBag diagnostics)
    {
        if (LooksLikeSynopsis(source) is { } heading)
        {
            // One clear error beats the five a synopsis would earn as a malformed unit.
            diagnostics.Add(DiagnosticCatalog.LooksLikeSynopsis, source.Location(source.LineStart(heading)));
            return new ImportResult(null, diagnostics.ToImmutable());
        }

        var unit = UnitParser.Parse(source, diagnostics);
        UnitValidator.Validate(unit, SourceLocation.File(source.Path), diagnostics);
        return new ImportResult(unit, diagnostics.ToImmutable());
    }

    /// <summary>The line of the first synopsis heading when the text has two or more and no tab-separated rows.</summary>
    private static int? LooksLikeSynopsis(SourceText source)
    {
        int? first = null;
        var headings = 0;
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.LineText(line);
            if (text.Contains('\t') && !ExportLine.IsArtefact(text))
            {
                return null;
            }

            if (GuidanceHeadings.IsSynopsisHeading(text.ToString()))
            {
                first ??= line;
                headings++;
            }
        }

        return headings >= 2 ? first : null;
    }
}
