using Scriban.Syntax;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Render;

/// <summary>
/// Renders a qualification's documents from the <c>qualification-*</c> templates, as
/// <see cref="DocumentRenderer"/> renders a unit's: pure, deterministic, sandboxed alike. Each goes to
/// <c>&lt;number with "-"&gt;/&lt;document&gt;.&lt;format&gt;</c>, the template's name without its prefix
/// (<c>610-4213-7/specification.html</c>).
/// </summary>
public static class QualificationDocumentRenderer
{
    public static IReadOnlyList<RenderedDocument> Render(Qualification qualification, QualificationCheck check, IReadOnlyDictionary<string, Unit> catalogue, TemplateSet templates, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, RenderLimits? limits = null)
    {
        limits ??= RenderLimits.Default;
        var model = QualificationTemplateModel.Build(qualification, check, catalogue);
        var number = qualification.Header.Number;
        var stem = QualificationTemplateModel.FileStem(number);
        var documents = new List<RenderedDocument>();
        foreach (var (document, format, name) in templates.QualificationDocuments.Where(d => formats.Contains(d.Format)))
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
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, new SourceLocation(templates.PathOf(name), e.Span.Start.Line, e.Span.Start.Column), number, e.OriginalMessage);
                continue;
            }
            catch (OperationCanceledException)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.File(templates.PathOf(name)), number, $"took longer than {limits.Timeout.TotalSeconds:0} s");
                continue;
            }

            if (text.Length > limits.OutputLimit)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, SourceLocation.File(templates.PathOf(name)), number, $"the output exceeds {limits.OutputLimit:N0} characters");
                continue;
            }

            byte[] content;
            try
            {
                content = DocumentEncoding.Encode(text, format, number);
            }
            catch (TemplateOutputException e)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateOutput, SourceLocation.File(templates.PathOf(name)), number, format, e.Line + 1, e.Column + 1, e.Message);
                continue;
            }

            documents.Add(new RenderedDocument($"{stem}/{document[TemplateSet.QualificationPrefix.Length..]}.{format}", format, content, text));
        }

        return documents;
    }
}
