using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// Renders a unit's documents: pure and deterministic (no clock, no file system), so the same spec
/// and templates always give the same bytes (see <see cref="DocumentEncoding"/> for each format's bytes).
/// </summary>
public static class DocumentRenderer
{
    public static IReadOnlyList<RenderedDocument> Render(Unit unit, TemplateSet templates, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, RenderLimits? limits = null, double printConfidence = Guidance.GuidanceAligner.PrintConfidence, bool confirmedOnly = false)
    {
        limits ??= RenderLimits.Default;
        // printConfidence: the least alignment score at which a guidance item is printed under a criterion (TemplateModel.Build).
        var model = TemplateModel.Build(unit, printConfidence, confirmedOnly);
        return TemplateRun.Render(
            templates.Documents.Where(d => formats.Contains(d.Format)),
            templates,
            model,
            unit.Header.Ref,
            (document, format) => $"{unit.Header.FileStem}/{document}.{format}",
            limits,
            diagnostics);
    }
}
