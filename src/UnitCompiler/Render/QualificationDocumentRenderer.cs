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
    public static IReadOnlyList<RenderedDocument> Render(Qualification qualification, QualificationCheck check, IReadOnlyDictionary<string, Unit> catalogue, TemplateSet templates, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, RenderLimits? limits = null, double printConfidence = Guidance.GuidanceAligner.PrintConfidence, bool confirmedOnly = false)
    {
        limits ??= RenderLimits.Default;
        var model = QualificationTemplateModel.Build(qualification, check, catalogue, printConfidence, confirmedOnly);
        var number = qualification.Header.Number;
        var stem = UnitRef.ToFileStem(number);
        return TemplateRun.Render(
            templates.QualificationDocuments.Where(d => formats.Contains(d.Format)),
            templates,
            model,
            number,
            (document, format) => $"{stem}/{document[TemplateSet.QualificationPrefix.Length..]}.{format}",
            limits,
            diagnostics);
    }
}
