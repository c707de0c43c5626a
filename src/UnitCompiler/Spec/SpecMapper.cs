using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>
/// Maps the YAML tree onto the model, checking it against the spec's shape as it goes (the same
/// shape <see cref="SpecSchema"/> publishes). Unknown keys are errors: a misspelt key would
/// otherwise vanish silently from every document.
/// </summary>
internal sealed partial class SpecMapper(SourceText source, DiagnosticBag diagnostics)
{
    public Unit? Unit(YamlNode root)
    {
        if (Mapping(root, "the spec") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "the spec", "unitc", "unit", "history", "preamble", "outcomes", "assessment", "indicative_content", "guidance", "standards");
        if (Required(keys, map, "the spec", "unitc") is { } version && Int(version, "unitc") is { } v)
        {
            if (v is < Model.Unit.OldestFormatVersion or > Model.Unit.FormatVersion)
            {
                diagnostics.Add(DiagnosticCatalog.UnsupportedVersion, At(version), v, Model.Unit.FormatVersion);
                return null;
            }

            _formatVersion = v;
        }

        var header = Required(keys, map, "the spec", "unit") is { } u ? Header(u) : null;
        var history = Since(keys, "history", 2) is { } hi ? VersionHistoryReader.Read(_shape, hi) : [];
        var preamble = keys.TryGetValue("preamble", out var p) ? Preamble(p) : Model.Preamble.Empty;
        var outcomes = Required(keys, map, "the spec", "outcomes") is { } o ? List(o, "outcomes", Outcome) : [];
        var assessment = keys.TryGetValue("assessment", out var a) ? Assessment(a) : AssessmentRequirements.Empty;
        var content = keys.TryGetValue("indicative_content", out var ic) ? List(ic, "indicative_content", Content) : [];
        var guidance = keys.TryGetValue("guidance", out var g) ? Guidance(g) : null;
        var standards = Since(keys, "standards", 2) is { } st ? List(st, "standards", Standard) : [];
        return header is null ? null : new Unit(header, preamble, outcomes, assessment, content, guidance) { History = history, Standards = standards };
    }

    private UnitHeader? Header(YamlNode node)
    {
        if (Mapping(node, "unit") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "unit", "ref", "title", "level", "credit", "glh", "version", "other");
        var reference = Required(keys, map, "unit", "ref") is { } r ? String(r, "unit.ref") : null;
        var title = Required(keys, map, "unit", "title") is { } t ? Text(t, "unit.title") : null;
        var other = keys.TryGetValue("other", out var o) ? List(o, "unit.other", Field) : [];
        var (level, stage) = Level(keys);
        return new UnitHeader(
            reference ?? string.Empty,
            title ?? LocatedText.Empty,
            level,
            OptionalInt(keys, "credit"),
            OptionalInt(keys, "glh"),
            other,
            keys.TryGetValue("ref", out var refNode) ? At(refNode) : At(node))
        {
            Version = Since(keys, "version", 2) is { } v ? VersionHistoryReader.Version(_shape, v, "unit.version") : null,
            EntryStage = stage,
        };
    }

    /// <summary>A level as a number (0 to 8), or Entry level as the register writes it ("Entry 3", format 4).</summary>
    private (int? Level, int? Stage) Level(Dictionary<string, YamlNode> keys)
    {
        if (!keys.TryGetValue("level", out var node) || node is YamlScalar { IsNull: true })
        {
            return (null, null);
        }

        return LevelReader.Read(_shape, node, "level", _formatVersion, EntryLevel.SinceFormat, diagnostics);
    }

    private MetadataField? Field(YamlNode node)
    {
        if (Mapping(node, "unit.other item") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "unit.other item", "label", "value");
        var label = Required(keys, map, "unit.other item", "label") is { } l ? String(l, "label") : null;
        var value = Required(keys, map, "unit.other item", "value") is { } v ? Text(v, "value") : null;
        return label is null || value is null ? null : new MetadataField(label, value);
    }

    private Preamble Preamble(YamlNode node)
    {
        if (Mapping(node, "preamble") is not { } map)
        {
            return Model.Preamble.Empty;
        }

        var keys = Keys(map, "preamble", "heading", "text");
        var heading = keys.TryGetValue("heading", out var h) ? Text(h, "preamble.heading") : null;
        var text = keys.TryGetValue("text", out var t) ? Texts(t, "preamble.text") : [];
        return new Preamble(heading ?? LocatedText.Empty, text);
    }

    private LearningOutcome? Outcome(YamlNode node)
    {
        if (Mapping(node, "an outcome") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "an outcome", "id", "text", "kind", "criteria");
        var id = Required(keys, map, "an outcome", "id") is { } i ? Id(i, "outcome id", UnitIds.IsOutcome, UnitIds.OutcomeShape) : null;
        var what = id is null ? "an outcome" : $"outcome {id}";
        var text = Required(keys, map, what, "text") is { } t ? Text(t, "text") : null;
        OutcomeKind? kind = null;
        if (Required(keys, map, what, "kind") is { } k && String(k, "kind") is { } kindText)
        {
            kind = OutcomeKinds.Parse(kindText);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticCatalog.WrongType, At(k), "kind", OutcomeKinds.Expected);
            }
        }

        var criteria = Required(keys, map, what, "criteria") is { } c ? List(c, "criteria", Criterion) : [];
        return id is null || text is null || kind is null ? null : new LearningOutcome(id, text, kind.Value, criteria, At(keys["id"]));
    }

    private AssessmentCriterion? Criterion(YamlNode node)
    {
        if (Mapping(node, "a criterion") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a criterion", "id", "text", "items", "after_items", "terms", "suppress");
        var id = Required(keys, map, "a criterion", "id") is { } i ? Id(i, "criterion id", UnitIds.IsCriterion, UnitIds.CriterionShape) : null;
        var what = id is null ? "a criterion" : $"criterion {id}";
        var text = Required(keys, map, what, "text") is { } t ? Text(t, "text") : null;
        var items = keys.TryGetValue("items", out var it) ? List(it, "items", Item) : [];
        var suppress = keys.TryGetValue("suppress", out var s) ? List(s, "suppress", Suppression) : [];
        if (id is null || text is null)
        {
            return null;
        }

        var after = Since(keys, "after_items", 3) is { } af ? Text(af, "after_items") : null;
        var criterion = new AssessmentCriterion(id, text, items, suppress, At(keys["id"])) { AfterItems = after };
        if (keys.TryGetValue("terms", out var termsNode) && Texts(termsNode, "terms") is var written
            && !written.Select(w => w.Value).SequenceEqual(criterion.Terms.Select(x => x.Value), StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCatalog.TermsOutOfStep, At(termsNode), id, string.Join(", ", criterion.Terms.Select(x => x.Value)));
        }

        return criterion;
    }

    private CriterionItem? Item(YamlNode node)
    {
        if (Mapping(node, "a sub-item") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a sub-item", "id", "text");
        var id = Required(keys, map, "a sub-item", "id") is { } i ? Id(i, "sub-item id", UnitIds.IsItem, UnitIds.ItemShape) : null;
        var text = Required(keys, map, "a sub-item", "text") is { } t ? Text(t, "text") : null;
        return id is null || text is null ? null : new CriterionItem(id, text, At(keys["id"]));
    }

    private Suppression? Suppression(YamlNode node)
    {
        if (Mapping(node, "a suppression") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a suppression", "rule", "reason");
        var rule = Required(keys, map, "a suppression", "rule") is { } r ? String(r, "rule") : null;
        var reason = Required(keys, map, "a suppression", "reason") is { } why ? String(why, "reason") : null;
        return rule is null || reason is null ? null : new Suppression(rule, reason);
    }

    private AssessmentRequirements Assessment(YamlNode node)
    {
        if (Mapping(node, "assessment") is not { } map)
        {
            return AssessmentRequirements.Empty;
        }

        var keys = Keys(map, "assessment", "text", "skill_outcomes");
        var text = keys.TryGetValue("text", out var t) ? Texts(t, "assessment.text") : [];
        var skill = keys.TryGetValue("skill_outcomes", out var s) ? List(s, "skill_outcomes", n => Id(n, "outcome id", UnitIds.IsOutcome, UnitIds.OutcomeShape)) : [];
        return new AssessmentRequirements(text, skill);
    }

    private IndicativeContent? Content(YamlNode node)
    {
        if (Mapping(node, "an indicative content entry") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "an indicative content entry", "criterion", "definitions", "notes");
        var criterion = Required(keys, map, "an indicative content entry", "criterion") is { } c ? Id(c, "criterion", id => UnitIds.IsCriterion(id) || UnitIds.IsOutcome(id), $"{UnitIds.CriterionShape}, or an outcome number") : null;
        var definitions = keys.TryGetValue("definitions", out var d) ? List(d, "definitions", Definition) : [];
        var notes = keys.TryGetValue("notes", out var n) ? Texts(n, "notes") : [];
        return criterion is null ? null : new IndicativeContent(criterion, definitions, notes, At(keys["criterion"]));
    }

    private Definition? Definition(YamlNode node)
    {
        if (Mapping(node, "a definition") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a definition", "term", "text", "items");
        var term = Required(keys, map, "a definition", "term") is { } t ? Text(t, "term") : null;
        var text = Required(keys, map, "a definition", "text") is { } x ? Text(x, "text") : null;
        var items = keys.TryGetValue("items", out var i) ? Texts(i, "items") : [];
        return term is null || text is null ? null : new Definition(term, text, items, At(keys["term"]));
    }

    private int? OptionalInt(Dictionary<string, YamlNode> keys, string key) =>
        keys.TryGetValue(key, out var node) && !(node is YamlScalar { IsNull: true }) ? Int(node, key) : null;
}
