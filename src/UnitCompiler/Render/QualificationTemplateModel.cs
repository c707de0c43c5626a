using System.Collections.Immutable;
using System.Globalization;
using Scriban.Runtime;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;
using UnitCompiler.Text;

namespace UnitCompiler.Render;

/// <summary>
/// The view of a qualification that its templates see, plain script objects as <see cref="TemplateModel"/>
/// makes for a unit (no reflection; every key always present; text as <c>text</c>, <c>text_html</c>,
/// <c>text_plain</c>): <c>qualification</c> (the register's facts), <c>history</c>, <c>about</c>,
/// <c>centre</c>, <c>groups[].units[]</c> (the structure table), <c>rules</c> (the rules of
/// combination as sentences), <c>minimum_route</c>, and <c>units[]</c>, each unit with a spec in the
/// project as the whole model a unit document sees (<c>unit</c>, <c>outcomes</c>, <c>assessment</c>,
/// <c>glossary</c>, <c>guidance</c>), so a template shows it in full with the unit documents' partials.
/// </summary>
public static class QualificationTemplateModel
{
    public static ScriptObject Build(Qualification q, QualificationCheck check, IReadOnlyDictionary<string, Unit> catalogue, double printConfidence = UnitCompiler.Guidance.GuidanceAligner.PrintConfidence, bool confirmedOnly = false)
    {
        var h = q.Header;
        var r = q.Register;
        var groupOf = q.Groups.SelectMany(g => g.Units.Select(u => (u.Ref, g.Id))).DistinctBy(x => x.Ref).ToDictionary(x => x.Ref, x => x.Id, StringComparer.Ordinal);
        var inFull = q.UnitRefs.Select(u => u.Ref).Distinct(StringComparer.Ordinal).Where(catalogue.ContainsKey).ToList();
        return new ScriptObject(9)
        {
            ["qualification"] = new ScriptObject(23)
            {
                ["number"] = h.Number,
                ["file_stem"] = UnitRef.ToFileStem(h.Number),
                ["title"] = h.Title.Value,
                ["title_html"] = MarkdownText.ToInlineHtml(h.Title.Value),
                ["title_plain"] = MarkdownText.ToPlain(h.Title.Value),
                ["version"] = h.Version,
                ["level"] = h.Level,
                ["level_name"] = h.LevelName, // "Entry 3" where level is 0
                ["type"] = r.Type,
                ["sector_subject_area"] = r.SectorSubjectArea,
                ["tqt"] = h.TotalQualificationTime,
                ["glh"] = h.GuidedLearningHours,
                ["min_glh"] = r.MinGuidedLearningHours,
                ["max_glh"] = r.MaxGuidedLearningHours,
                ["credit"] = h.Credit,
                ["grading_type"] = r.GradingType,
                ["grading_scale"] = r.GradingScale,
                ["operational_start"] = Date(r.OperationalStart),
                ["operational_end"] = Date(r.OperationalEnd),
                ["review_date"] = Date(r.ReviewDate),
                ["assessment_methods"] = Array(r.AssessmentMethods),
            },
            ["history"] = TemplateValues.History(q.History),
            ["about"] = new ScriptObject(4)
            {
                ["purpose"] = Paragraphs(q.Prose.Purpose),
                ["who_for"] = Paragraphs(q.Prose.WhoFor),
                ["entry_requirements"] = Paragraphs(q.Prose.EntryRequirements),
                ["progression"] = Paragraphs(q.Prose.Progression),
            },
            ["centre"] = new ScriptObject(2)
            {
                ["assessors"] = Paragraphs(q.Prose.Assessors),
                ["quality_assurance"] = Paragraphs(q.Prose.QualityAssurance),
            },
            ["groups"] = Array(q.Groups.Select(g => Group(g, check.Facts, catalogue))),
            ["rules"] = Array(CombinationRulesText.Sentences(q, check.Facts)),
            ["minimum_route"] = check.MinimumGlhRoute is { } route
                ? new ScriptObject(3) { ["units"] = Array(route.Units), ["credits"] = route.Credits, ["glh"] = route.GuidedLearningHours }
                : null,
            ["units"] = Array(inFull.Select(reference =>
            {
                var model = TemplateModel.Build(catalogue[reference], printConfidence, confirmedOnly); // as the unit's own documents print it
                model["group"] = groupOf[reference];
                return model;
            })),
        };
    }

    private static ScriptObject Group(UnitGroup g, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue) => new(10)
    {
        ["id"] = g.Id,
        ["title"] = g.Title.Value,
        ["title_html"] = MarkdownText.ToInlineHtml(g.Title.Value),
        ["title_plain"] = MarkdownText.ToPlain(g.Title.Value),
        ["mandatory"] = g.IsMandatory,
        ["rule"] = CombinationRulesText.GroupRule(g, facts),
        ["units"] = Array(g.Units.Select(u => facts.TryGetValue(u.Ref, out var f) ? new ScriptObject(9)
        {
            ["ref"] = f.Ref,
            ["file_stem"] = UnitRef.ToFileStem(f.Ref),
            ["title"] = f.Title,
            ["title_plain"] = MarkdownText.ToPlain(f.Title),
            ["level"] = f.Level,
            ["level_name"] = f.LevelName, // "Entry 3" where level is 0
            ["credit"] = f.Credit,
            ["glh"] = f.GuidedLearningHours,
            ["in_full"] = catalogue.ContainsKey(f.Ref),
        } : null).OfType<ScriptObject>()),
        ["credits"] = g.Units.Sum(u => facts.TryGetValue(u.Ref, out var f) ? f.Credit : 0),
    };

    private static ScriptArray Paragraphs(ImmutableArray<LocatedText> paragraphs) => Array(paragraphs.Select(p => new ScriptObject(3)
    {
        ["text"] = p.Value,
        ["text_html"] = MarkdownText.ToInlineHtml(p.Value),
        ["text_plain"] = MarkdownText.ToPlain(p.Value),
    }));

    private static string? Date(DateOnly? date) => TemplateValues.Date(date);

    private static ScriptArray Array<T>(IEnumerable<T> items) => TemplateValues.Array(items);
}
