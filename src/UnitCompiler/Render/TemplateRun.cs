using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Render;

/// <summary>
/// Runs document templates against one model, for a unit's documents and a qualification's alike:
/// each in its own sandboxed context with a time and size limit, encoded to its format. A template
/// that fails is reported against the template's file and the subject (unit reference, qualification
/// number) and its document left out; the others are still rendered.
/// </summary>
internal static class TemplateRun
{
    /// <param name="documents">The (document, format, template name) to render.</param>
    /// <param name="templates">The set the names come from, and the loader of their includes.</param>
    /// <param name="model">The plain model every template sees.</param>
    /// <param name="subject">The unit's reference or the qualification's number: messages name it, and a workbook's one sheet.</param>
    /// <param name="path">The output path of a (document, format), relative to the output folder.</param>
    /// <param name="limits">Time and size each template may take.</param>
    /// <param name="diagnostics">Receives each template's failure.</param>
    public static List<RenderedDocument> Render(
        IEnumerable<(string Document, string Format, string Name)> documents,
        TemplateSet templates,
        ScriptObject model,
        string subject,
        Func<string, string, string> path,
        RenderLimits limits,
        DiagnosticBag diagnostics)
    {
        var rendered = new List<RenderedDocument>();
        foreach (var (document, format, name) in documents)
        {
            var template = templates.Get(name)!;
            if (template.HasErrors)
            {
                continue; // reported when the set was loaded
            }

            var file = SourceLocation.File(templates.PathOf(name));
            using var timeout = new CancellationTokenSource(limits.Timeout);
            var context = TemplateContextFactory.Create(templates, model, limits, timeout.Token);
            var printed = ThreadOutput();
            context.PushOutput(new BufferOutput(printed));
            try
            {
                template.Render(context); // the text stays in printed: BufferOutput gives Render an empty string
            }
            catch (ScriptRuntimeException e)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, new SourceLocation(templates.PathOf(name), e.Span.Start.Line, e.Span.Start.Column), subject, e.OriginalMessage);
                continue;
            }
            catch (OperationCanceledException)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, file, subject, $"took longer than {limits.Timeout.TotalSeconds:0} s");
                continue;
            }

            if (printed.Length > limits.OutputLimit)
            {
                // Scriban enforces its own limit while writing; this backstop holds whatever the writer.
                diagnostics.Add(DiagnosticCatalog.TemplateRuntime, file, subject, $"the output exceeds {limits.OutputLimit:N0} characters");
                continue;
            }

            if (DocumentEncoding.IsUtf8Text(format))
            {
                rendered.Add(new RenderedDocument(path(document, format), format, DocumentEncoding.Utf8(printed)));
                continue;
            }

            var text = printed.ToString();
            byte[] content;
            try
            {
                content = DocumentEncoding.Encode(text, format, subject);
            }
            catch (TemplateOutputException e)
            {
                diagnostics.Add(DiagnosticCatalog.TemplateOutput, file, subject, format, e.Line + 1, e.Column + 1, e.Message);
                continue;
            }

            rendered.Add(new RenderedDocument(path(document, format), format, content, text));
        }

        return rendered;
    }

    /// <summary>
    /// Where a template's text goes: the thread's buffer, handed back whole. Scriban's own
    /// StringBuilderOutput would have Render copy it into a string and empty it; a text format's
    /// bytes are encoded from the buffer itself instead (<see cref="DocumentEncoding.Utf8"/>).
    /// </summary>
    private sealed class BufferOutput(StringBuilder buffer) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => buffer.Append(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            buffer.Append(text, offset, count);
            return default;
        }

        public override string ToString() => string.Empty;
    }

    [ThreadStatic]
    private static StringBuilder? t_output;

    /// <summary>
    /// The thread's one output buffer, emptied, for the next document: a fresh context writes into a
    /// new builder that grows chunk by chunk to the document's size, and then is garbage; this one
    /// keeps the largest document's room, so the text is copied out once (the result) and no more.
    /// A thread renders one document at a time, and the text is taken out before the next starts.
    /// </summary>
    private static StringBuilder ThreadOutput()
    {
        var output = t_output;
        if (output is null || output.Capacity > 4 * 1024 * 1024)
        {
            // A huge document's room is let go rather than kept for the thread's life.
            output = t_output = new StringBuilder(64 * 1024);
        }

        output.Clear();
        return output;
    }
}
