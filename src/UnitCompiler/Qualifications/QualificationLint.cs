using UnitCompiler.Lint;
using UnitCompiler.Model;

namespace UnitCompiler.Qualifications;

/// <summary>
/// Lint on a qualification spec: the wording rules that read any text (US spellings, compounds spelt
/// two ways, doubled words, unclosed quotes and brackets) over its title, its groups' titles, its
/// prose and its history. The rules read units, so the qualification's texts are handed to them as
/// the requirement paragraphs of a unit with no outcomes (the criterion rules then have nothing to
/// read); each text keeps its place in the qualification's YAML, so findings point there. Fixes are
/// dropped: <c>lint --fix</c> rewrites unit specs only.
/// </summary>
public static class QualificationLint
{
    public static IReadOnlyList<LintFinding> Lint(Qualification qualification, LintConfig config, string path)
    {
        var texts = new[] { qualification.Header.Title }
            .Concat(qualification.Groups.Select(g => g.Title).Where(t => t.Origin.Locate(0) is not null))
            .Concat(qualification.Prose.All)
            .Concat(qualification.History.Select(h => h.Change));
        var asUnit = new Unit(
            new UnitHeader(qualification.Header.Number, qualification.Header.Title, qualification.Header.Level, qualification.Header.Credit, qualification.Header.GuidedLearningHours, [], qualification.Header.Location),
            Preamble.Empty,
            [],
            new AssessmentRequirements([.. texts], []),
            [],
            null);
        return [.. Linter.Lint(asUnit, config, path).Select(f => f with { Fix = null })];
    }
}
