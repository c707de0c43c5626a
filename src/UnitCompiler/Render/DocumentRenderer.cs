using System.Text;
using Scriban.Syntax;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// Renders a unit's documents: pure and deterministic (no clock, no file system), so the same spec
/// and templates always give the same bytes. CSV gets CRLF line ends and a UTF-8 BOM (RFC 4180, and
/// Excel reads the encoding from the BOM); every other format LF and no BOM.
/// </summary>
public static class DocumentRenderer
{
    public static IReadOnlyList<RenderedDocument> Render(Unit unit, TemplateSet templates, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, RenderLimits? limits = null)
    {
        limits ??= RenderLimits.Default;
        var model = TemplateModel.Build(unit);
        var documents = new List<RenderedDocument>();
        foreach (var (document, format, name) in templates.Documents.Where(d => formats.Contains(d.Format)))
        {
            var template = templates.Get(name)!;
            if (template.HasErrors)
            {
                continue; // reported when the set was loaded
            }

            using var timeout = new CancellationTokenSource(limits.Timeout);
            var context = TemplateContextFactory.Create(templates, model, limits, timeout.Token);
            string text;
            try
            {
                text = template.Render(context);
            }
            catch (ScriptRuntimeException e)
            {
                var at = new SourceLocation(templates.PathOf(name), e.Span.Start.Line, e.Span.Start.Column);
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, at, unit.Header.Ref, e.OriginalMessage);
                continue;
            }
            catch (OperationCanceledException)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.File(templates.PathOf(name)), unit.Header.Ref, $"took longer than {limits.Timeout.TotalSeconds:0} s");
                continue;
            }

            if (text.Length > limits.OutputLimit)
            {
                // Scriban enforces its own limit while writing; this backstop holds whatever the writer.
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.File(templates.PathOf(name)), unit.Header.Ref, $"the output exceeds {limits.OutputLimit:N0} characters");
                continue;
            }

            documents.Add(new RenderedDocument($"{unit.Header.FileStem}/{document}.{format}", Encode(text, format)));
        }

        return documents;
    }

    private static byte[] Encode(string text, string format)
    {
        if (format != "csv")
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)];
    }
}
