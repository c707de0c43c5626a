using Scriban.Syntax;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// Renders a unit's documents: pure and deterministic (no clock, no file system), so the same spec
/// and templates always give the same bytes (see <see cref="DocumentEncoding"/> for each format's bytes).
/// </summary>
public static class DocumentRenderer
{
    public static IReadOnlyList<RenderedDocument> Render(Unit unit, TemplateSet templates, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, RenderLimits? limits = null, double printConfidence = Guidance.GuidanceAligner.PrintConfidence)
    {
        limits ??= RenderLimits.Default;
        // printConfidence: the least alignment score at which a guidance item is printed under a criterion (TemplateModel.Build).
        var model = TemplateModel.Build(unit, printConfidence);
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

            byte[] content;
            try
            {
                content = DocumentEncoding.Encode(text, format, unit.Header);
            }
            catch (TemplateOutputException e)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateOutput, SourceLocation.File(templates.PathOf(name)), unit.Header.Ref, format, e.Line + 1, e.Column + 1, e.Message);
                continue;
            }

            documents.Add(new RenderedDocument($"{unit.Header.FileStem}/{document}.{format}", format, content, text));
        }

        return documents;
    }
}
