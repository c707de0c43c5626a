using Scriban.Runtime;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// The view of a unit that templates see: plain script objects with stable snake_case names, built
/// by hand rather than by reflection over .NET types, so template authors never meet the model's
/// types and the names survive trimming and Native AOT. Every key is always present (strict
/// variables make a missing key an error). Text comes as Markdown (<c>text</c>), as HTML made by
/// Markdig with raw HTML off (<c>text_html</c>), and as plain text (<c>text_plain</c>).
/// Each object is made with room for exactly its keys: a catalogue build makes hundreds per unit.
/// </summary>
public static class TemplateModel
{
    /// <param name="unit">The unit to render.</param>
    /// <param name="printConfidence">
    /// Alignments scoring under this are not printed under their criterion; an item left with none
    /// is general guidance (<c>guidance.general_*</c>), printed apart, so no item is lost.
    /// </param>
    /// <param name="confirmedOnly">Print only the alignments of items a writer confirmed (<c>build.confirmed_only</c>).</param>
    public static ScriptObject Build(Unit unit, double printConfidence = UnitCompiler.Guidance.GuidanceAligner.PrintConfidence, bool confirmedOnly = false)
    {
        var resolver = new KeyTermResolver(unit);
        var guidanceByCriterion = GuidanceByCriterion(unit, printConfidence, confirmedOnly);
        var shared = new Shared();
        var root = new ScriptObject(6)
        {
            ["unit"] = new ScriptObject(10)
            {
                ["ref"] = unit.Header.Ref,
                ["file_stem"] = unit.Header.FileStem,
                ["title"] = unit.Header.Title.Value,
                ["title_html"] = MarkdownText.ToInlineHtml(unit.Header.Title.Value),
                ["title_plain"] = MarkdownText.ToPlain(unit.Header.Title.Value),
                ["level"] = unit.Header.Level,
                ["level_name"] = unit.Header.LevelName, // "Entry 3" where level is 0
                ["credit"] = unit.Header.Credit,
                ["glh"] = unit.Header.GuidedLearningHours,
                ["version"] = unit.Header.Version,
                ["history"] = TemplateValues.History(unit.History),
            },
            ["assessment"] = new ScriptObject(3)
            {
                ["text_html"] = Array(unit.Assessment.Text.Select(t => MarkdownText.ToInlineHtml(t.Value))),
                ["text"] = Array(unit.Assessment.Text.Select(t => t.Value)),
                ["skill_outcomes"] = Array(unit.Assessment.SkillOutcomes),
            },
            ["outcomes"] = Array(unit.Outcomes.Select(o => Outcome(unit, o, resolver, guidanceByCriterion, shared))),
            ["glossary"] = Glossary(unit),
            ["guidance"] = Guidance(unit.Guidance, printConfidence, confirmedOnly, shared),
            ["standards"] = KsbView.Standards(unit),
        };
        return root;
    }

    private static ScriptObject Outcome(Unit unit, LearningOutcome o, KeyTermResolver resolver, ILookup<string, (GuidanceKind Kind, GuidanceItem Item)> guidance, Shared shared)
    {
        var evidence = EvidenceMethods.For(o.Kind);
        return new ScriptObject(7)
        {
            ["id"] = o.Id,
            ["text"] = o.Text.Value,
            ["text_html"] = MarkdownText.ToInlineHtml(o.Text.Value),
            ["text_plain"] = MarkdownText.ToPlain(o.Text.Value),
            ["kind"] = o.Kind.Name(),
            ["is_skill"] = o.Kind == OutcomeKind.Skill,
            ["criteria"] = Array(o.Criteria.Select(c => Criterion(o, c, evidence, resolver, guidance[c.Id].ToList(), KsbView.CriterionMarks(unit, c.Id), shared))),
        };
    }

    private static ScriptObject Criterion(LearningOutcome o, AssessmentCriterion c, EvidenceMethods.Set evidence, KeyTermResolver resolver, List<(GuidanceKind Kind, GuidanceItem Item)> guidance, ScriptArray ksbMarks, Shared shared)
    {
        var verb = LearnerTasks.VerbOf(c.Text.Value);
        var model = new ScriptObject(20)
        {
            ["id"] = c.Id,
            ["outcome_id"] = o.Id,
            ["text"] = c.Text.Value,
            ["text_html"] = MarkdownText.ToInlineHtml(c.Text.Value),
            ["text_plain"] = MarkdownText.ToPlain(c.Text.Value),
            ["items"] = Array(c.Items.Select(i => new ScriptObject(4)
            {
                ["id"] = i.Id,
                ["text"] = i.Text.Value,
                ["text_html"] = MarkdownText.ToInlineHtml(i.Text.Value),
                ["text_plain"] = MarkdownText.ToPlain(i.Text.Value),
            })),
            ["after_items"] = c.AfterItems?.Value,
            ["after_items_html"] = c.AfterItems is null ? null : MarkdownText.ToInlineHtml(c.AfterItems.Value),
            ["after_items_plain"] = c.AfterItems is null ? null : MarkdownText.ToPlain(c.AfterItems.Value),
            ["terms"] = Array(c.Terms.Select(t => new ScriptObject(2)
            {
                ["text"] = MarkdownText.ToPlain(t.Value),
                ["definitions"] = Array(resolver.Resolve(t.Value, c.Id).Select(shared.Definition)),
            })),
            ["command_verb"] = verb,
            ["task"] = LearnerTasks.TaskFor(verb),
            ["evidence_methods"] = Array(evidence.Methods.Select(m => new ScriptObject(2) { ["name"] = m.Name, ["required"] = m.Required })),
            ["required_evidence"] = evidence.Required,
            ["suggested_evidence"] = evidence.Suggested,
            ["ksb_marks"] = ksbMarks, // per standard of the spec, a cell per KSB code: the KSB view's columns
        };
        foreach (var kind in GuidanceKinds.All)
        {
            model[kind.CriterionKey] = Items(guidance, kind.Kind, shared);
        }

        return model;
    }

    private static ScriptObject Definition(Definition d) => new(8) // the glossary adds "criteria"
    {
        ["term"] = MarkdownText.ToPlain(d.Term.Value),
        ["text"] = d.Text.Value,
        ["text_html"] = MarkdownText.ToInlineHtml(d.Text.Value),
        ["text_plain"] = MarkdownText.ToPlain(d.Text.Value),
        ["items"] = Array(d.Items.Select(i => i.Value)),
        ["items_html"] = Array(d.Items.Select(i => MarkdownText.ToInlineHtml(i.Value))),
        ["items_plain"] = Array(d.Items.Select(i => MarkdownText.ToPlain(i.Value))),
    };

    /// <summary>Every defined term once (the same term defined alike under several criteria is one entry), in alphabetical order.</summary>
    private static ScriptArray Glossary(Unit unit) => Array(unit.IndicativeContent
        .SelectMany(c => c.Definitions.Select(d => (c.CriterionId, Definition: d)))
        .GroupBy(x => (KeyTermResolver.Normalise(x.Definition.Term.Value), x.Definition.Text.Value))
        .OrderBy(g => g.Key.Item1, StringComparer.Ordinal)
        .Select(g =>
        {
            var entry = Definition(g.First().Definition);
            entry["criteria"] = Array(g.Select(x => x.CriterionId).Distinct());
            return entry;
        }));

    private static ILookup<string, (GuidanceKind Kind, GuidanceItem Item)> GuidanceByCriterion(Unit unit, double printConfidence, bool confirmedOnly)
    {
        var g = unit.Guidance;
        if (g is null)
        {
            return System.Array.Empty<(string, (GuidanceKind, GuidanceItem))>().ToLookup(x => x.Item1, x => x.Item2);
        }

        return GuidanceKinds.All
            .SelectMany(k => g.Items(k.Kind).SelectMany(item => Printed(item, printConfidence, confirmedOnly).Select(c => (c.CriterionId, (k.Kind, item)))))
            .ToLookup(x => x.CriterionId, x => x.Item2);
    }

    private static ScriptArray Items(List<(GuidanceKind Kind, GuidanceItem Item)> items, GuidanceKind kind, Shared shared) =>
        Array(items.Where(i => i.Kind == kind).Select(i => shared.GuidanceItem(i.Item)));

    private static ScriptObject GuidanceItem(GuidanceItem item) => new(6)
    {
        ["title"] = item.Title is null ? null : MarkdownText.ToPlain(item.Title.Value),
        ["text"] = item.Text.Value,
        ["text_html"] = MarkdownText.ToInlineHtml(item.Text.Value),
        ["text_plain"] = MarkdownText.ToPlain(item.Text.Value),
        ["criteria"] = Array(item.Criteria.Select(c => c.CriterionId)),
        ["scores"] = Array(item.Criteria.Select(c => c.Score)),
    };

    private static ScriptObject? Guidance(StudyGuidance? g, double printConfidence, bool confirmedOnly, Shared shared)
    {
        if (g is null)
        {
            return null;
        }

        var model = new ScriptObject(11)
        {
            ["synopsis"] = g.Synopsis.Value,
            ["synopsis_html"] = MarkdownText.ToInlineHtml(g.Synopsis.Value),
            ["synopsis_plain"] = MarkdownText.ToPlain(g.Synopsis.Value),
        };
        foreach (var kind in GuidanceKinds.All)
        {
            model[kind.SpecKey] = Array(g.Items(kind.Kind).Select(shared.GuidanceItem));
            model[kind.GeneralKey] = General(g.Items(kind.Kind), printConfidence, confirmedOnly, shared);
        }

        return model;
    }

    /// <summary>The items printed under no criterion: general advice, and items whose alignments are all under the confidence.</summary>
    private static ScriptArray General(IEnumerable<GuidanceItem> items, double printConfidence, bool confirmedOnly, Shared shared) =>
        Array(items.Where(i => !Printed(i, printConfidence, confirmedOnly).Any()).Select(shared.GuidanceItem));

    /// <summary>
    /// The alignments documents print: all of an item a writer confirmed (the writer's word stands
    /// whatever the score), and, unless the project prints confirmed alignments only, those of the
    /// others that reach the print confidence.
    /// </summary>
    private static IEnumerable<CriterionAlignment> Printed(GuidanceItem item, double printConfidence, bool confirmedOnly) =>
        item.Confirmed ? item.Criteria
        : confirmedOnly ? []
        : item.Criteria.Where(c => c.Score >= printConfidence);

    private static ScriptArray Array<T>(IEnumerable<T> items) => TemplateValues.Array(items);

    /// <summary>
    /// One model object per guidance item and per definition of the unit, however many places list
    /// it: an item aligned to three criteria is also in its kind's list and perhaps the general one,
    /// and a definition is under every criterion whose term it defines. Each was made (its text
    /// converted to HTML and plain text) once per place. The glossary's entries stay apart: they add
    /// the criteria that use them.
    /// </summary>
    private sealed class Shared
    {
        private readonly Dictionary<object, ScriptObject> _made = new(ReferenceEqualityComparer.Instance);

        public ScriptObject GuidanceItem(GuidanceItem item) => Once(item, static i => TemplateModel.GuidanceItem((GuidanceItem)i));

        public ScriptObject Definition(Definition definition) => Once(definition, static d => TemplateModel.Definition((Definition)d));

        private ScriptObject Once(object source, Func<object, ScriptObject> make)
        {
            if (!_made.TryGetValue(source, out var made))
            {
                _made[source] = made = make(source);
            }

            return made;
        }
    }
}
