using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Model;

namespace UnitCompiler.Lint.Rules;

/// <summary>
/// A guidance item the aligner matched to no criterion that does not read as general study advice
/// either: general advice ("make a revision timetable") is shown apart as general guidance, but an
/// item about neither the unit's criteria nor studying is about something else.
/// </summary>
public sealed class UnalignedGuidanceRule : ILintRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCatalog.LintUnalignedGuidance;

    public void Check(LintContext context)
    {
        foreach (var item in context.Unit.Guidance?.AllItems.Where(i => i.Criteria.IsEmpty) ?? [])
        {
            var words = TextAnalyzer.Terms(MarkdownInline.ToPlainText((item.Title?.Value ?? string.Empty) + " " + item.Text.Value)).ToList();
            if (StudyAdvice.IsAdvice(words))
            {
                continue;
            }

            var text = item.Title ?? item.Text;
            context.Report(Descriptor, text, 0, text.Value.Length, null);
        }
    }
}
