using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Qualifications;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

/// <summary>
/// Reads a qualification spec (<c>unitc: 3</c>, then <c>qualification:</c>, <c>history:</c>,
/// <c>about:</c>, <c>centre_requirements:</c>, <c>groups:</c>, <c>rules:</c> and the <c>units:</c>
/// that live outside the catalogue) into a
/// <see cref="Qualification"/> whose parts carry their lines, checking its shape as a unit spec is
/// checked: unknown keys with a "did you mean", wrong types, repeated keys. Keys format 2 added are
/// errors (UNITC0230) in a format 1 spec, as in a unit spec, and so is a level of "Entry 3" before format 3.
/// </summary>
public static class QualificationReader
{
    public const int FormatVersion = Qualification.FormatVersion;

    public static (Qualification? Qualification, ImmutableArray<Diagnostic> Diagnostics) Read(SourceText source, InputLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        Qualification? qualification = null;
        if (YamlTreeReader.Read(source, limits ?? InputLimits.Default, diagnostics) is { } root)
        {
            qualification = new Mapper(new YamlShape(source, diagnostics), diagnostics).Qualification(root);
        }

        return (diagnostics.HasErrors ? null : qualification, diagnostics.ToImmutable());
    }

    private sealed class Mapper(YamlShape shape, DiagnosticBag diagnostics)
    {
        // The 'unitc:' version of the spec being read; keys a later format added are errors in an older one.
        private int _formatVersion = FormatVersion;

        public Qualification? Qualification(YamlNode root)
        {
            if (shape.Mapping(root, "the qualification spec") is not { } map)
            {
                return null;
            }

            var keys = shape.Keys(map, "the qualification spec", "unitc", "qualification", "history", "about", "centre_requirements", "groups", "rules", "units");
            if (shape.Required(keys, map, "the qualification spec", "unitc") is { } version && shape.Int(version, "unitc") is { } v)
            {
                if (v is < Qualifications.Qualification.OldestFormatVersion or > FormatVersion)
                {
                    diagnostics.Add(DiagnosticCatalog.UnsupportedVersion, shape.At(version), v, FormatVersion);
                    return null;
                }

                _formatVersion = v;
            }

            var header = shape.Required(keys, map, "the qualification spec", "qualification") is { } h ? Header(h) : null;
            var history = Since(keys, "history", 2) is { } hi ? VersionHistoryReader.Read(shape, hi) : [];
            var (purpose, whoFor, entry, progression) = Since(keys, "about", 2) is { } ab ? About(ab) : ([], [], [], []);
            var (assessors, iqa) = Since(keys, "centre_requirements", 2) is { } cr ? Centre(cr) : ([], []);
            var groups = shape.Required(keys, map, "the qualification spec", "groups") is { } g ? shape.List(g, "groups", Group) : [];
            var rules = keys.TryGetValue("rules", out var r) ? Rules(r) : CombinationRules.None;
            var units = keys.TryGetValue("units", out var u) ? shape.List(u, "units", Unit) : [];
            return header is null ? null : new Qualification(header.Value.Header, groups, rules, units)
            {
                Register = header.Value.Register,
                Prose = new QualificationProse(purpose, whoFor, entry, progression, assessors, iqa),
                History = history,
            };
        }

        private (QualificationHeader Header, QualificationRegister Register)? Header(YamlNode node)
        {
            if (shape.Mapping(node, "qualification") is not { } map)
            {
                return null;
            }

            var keys = shape.Keys(
                map, "qualification", "number", "title", "version", "level", "type", "sector_subject_area", "tqt", "glh", "min_glh", "max_glh", "credit",
                "grading_type", "grading_scale", "operational_start", "operational_end", "review_date", "assessment_methods");
            var number = shape.Required(keys, map, "qualification", "number") is { } n ? shape.String(n, "qualification.number") : null;
            var title = shape.Required(keys, map, "qualification", "title") is { } t ? shape.Text(t, "qualification.title") : null;
            var level = keys.TryGetValue("level", out var lv) ? Level(lv, "qualification.level") : (null, null);
            var header = new QualificationHeader(
                number ?? string.Empty,
                title ?? LocatedText.Empty,
                level.Level,
                OptionalInt(keys, "tqt", "qualification"),
                OptionalInt(keys, "glh", "qualification"),
                OptionalInt(keys, "credit", "qualification"),
                keys.TryGetValue("number", out var at) ? shape.At(at) : shape.At(node))
            {
                Version = Since(keys, "version", 2) is { } v ? VersionHistoryReader.Version(shape, v, "qualification.version") : null,
                EntryStage = level.Stage,
            };
            var register = new QualificationRegister(
                OptionalString(keys, "type"),
                OptionalString(keys, "sector_subject_area"),
                OptionalString(keys, "grading_type"),
                OptionalString(keys, "grading_scale"),
                Since(keys, "min_glh", 2) is { } min ? shape.Int(min, "qualification.min_glh") : null,
                Since(keys, "max_glh", 2) is { } max ? shape.Int(max, "qualification.max_glh") : null,
                OptionalDate(keys, "operational_start"),
                OptionalDate(keys, "operational_end"),
                OptionalDate(keys, "review_date"),
                Since(keys, "assessment_methods", 2) is { } am ? shape.List(am, "qualification.assessment_methods", m => shape.String(m, "an assessment method")) : [])
            {
                Locations = keys.ToImmutableDictionary(k => k.Key, k => shape.At(k.Value), StringComparer.Ordinal),
            };
            return (header, register);
        }

        private (ImmutableArray<LocatedText>, ImmutableArray<LocatedText>, ImmutableArray<LocatedText>, ImmutableArray<LocatedText>) About(YamlNode node)
        {
            if (shape.Mapping(node, "about") is not { } map)
            {
                return ([], [], [], []);
            }

            var keys = shape.Keys(map, "about", "purpose", "who_for", "entry_requirements", "progression");
            return (Paragraphs(keys, "purpose", "about"), Paragraphs(keys, "who_for", "about"), Paragraphs(keys, "entry_requirements", "about"), Paragraphs(keys, "progression", "about"));
        }

        private (ImmutableArray<LocatedText>, ImmutableArray<LocatedText>) Centre(YamlNode node)
        {
            if (shape.Mapping(node, "centre_requirements") is not { } map)
            {
                return ([], []);
            }

            var keys = shape.Keys(map, "centre_requirements", "assessors", "quality_assurance");
            return (Paragraphs(keys, "assessors", "centre_requirements"), Paragraphs(keys, "quality_assurance", "centre_requirements"));
        }

        private ImmutableArray<LocatedText> Paragraphs(Dictionary<string, YamlNode> keys, string key, string what) =>
            keys.TryGetValue(key, out var node) ? shape.List(node, $"{what}.{key}", n => shape.Text(n, $"{what}.{key}")) : [];

        /// <summary>
        /// The value of an optional key that format <paramref name="since"/> added, or null (reported)
        /// when the spec declares an older format.
        /// </summary>
        private YamlNode? Since(Dictionary<string, YamlNode> keys, string key, int since) => shape.Since(keys, key, since, _formatVersion);

        private string? OptionalString(Dictionary<string, YamlNode> keys, string key) =>
            Since(keys, key, 2) is { } node && node is not YamlScalar { IsNull: true } ? shape.String(node, $"qualification.{key}") : null;

        private DateOnly? OptionalDate(Dictionary<string, YamlNode> keys, string key) =>
            Since(keys, key, 2) is { } node ? VersionHistoryReader.Date(shape, node, $"qualification.{key}") : null;

        private UnitGroup? Group(YamlNode node)
        {
            if (shape.Mapping(node, "a group") is not { } map)
            {
                return null;
            }

            var keys = shape.Keys(map, "a group", "id", "title", "mandatory", "min_credits", "max_credits", "min_units", "max_units", "units");
            var id = shape.Required(keys, map, "a group", "id") is { } i ? shape.String(i, "group id") : null;
            var title = keys.TryGetValue("title", out var t) ? shape.Text(t, "group title") : null;
            var mandatory = keys.TryGetValue("mandatory", out var m) && Bool(m, "mandatory");
            var units = shape.Required(keys, map, "a group", "units") is { } u ? shape.List(u, "units", Reference) : [];
            return id is null ? null : new UnitGroup(
                id,
                title ?? new LocatedText(id),
                mandatory,
                OptionalInt(keys, "min_credits", "group"),
                OptionalInt(keys, "max_credits", "group"),
                OptionalInt(keys, "min_units", "group"),
                OptionalInt(keys, "max_units", "group"),
                units,
                shape.At(node));
        }

        private UnitReference? Reference(YamlNode node) =>
            shape.String(node, "a unit reference") is { } reference ? new UnitReference(reference, shape.At(node)) : null;

        private CombinationRules Rules(YamlNode node)
        {
            if (shape.Mapping(node, "rules") is not { } map)
            {
                return CombinationRules.None;
            }

            var keys = shape.Keys(map, "rules", "min_credits", "level", "barred");
            var levels = keys.TryGetValue("level", out var l) ? shape.List(l, "rules.level", LevelRule) : [];
            var barred = keys.TryGetValue("barred", out var b) ? shape.List(b, "rules.barred", Barred) : [];
            return new CombinationRules(OptionalInt(keys, "min_credits", "rules"), levels, barred);
        }

        private LevelRule? LevelRule(YamlNode node)
        {
            if (shape.Mapping(node, "a level rule") is not { } map)
            {
                return null;
            }

            var keys = shape.Keys(map, "a level rule", "level", "min_credits");
            var level = shape.Required(keys, map, "a level rule", "level") is { } lv ? shape.Int(lv, "level") : null;
            var credits = shape.Required(keys, map, "a level rule", "min_credits") is { } c ? shape.Int(c, "min_credits") : null;
            return level is { } l && credits is { } n ? new LevelRule(l, n, shape.At(node)) : null;
        }

        private BarredPair? Barred(YamlNode node)
        {
            if (node is YamlSequence { Items.Count: 2 } pair && pair.Items.All(i => i is YamlScalar { IsNull: false }))
            {
                return new BarredPair(((YamlScalar)pair.Items[0]).Value, ((YamlScalar)pair.Items[1]).Value, shape.At(node));
            }

            shape.WrongType(node, "a barred combination", "a list of two unit references");
            return null;
        }

        private UnitFacts? Unit(YamlNode node)
        {
            if (shape.Mapping(node, "a declared unit") is not { } map)
            {
                return null;
            }

            var keys = shape.Keys(map, "a declared unit", "ref", "title", "level", "credit", "glh");
            var reference = shape.Required(keys, map, "a declared unit", "ref") is { } r ? shape.String(r, "ref") : null;
            var title = keys.TryGetValue("title", out var t) ? shape.String(t, "title") : null;
            var (level, stage) = shape.Required(keys, map, "a declared unit", "level") is { } lv ? Level(lv, "level") : (null, null);
            var credit = shape.Required(keys, map, "a declared unit", "credit") is { } c ? shape.Int(c, "credit") : null;
            var glh = shape.Required(keys, map, "a declared unit", "glh") is { } g ? shape.Int(g, "glh") : null;
            return reference is not null && level is { } l && credit is { } cr && glh is { } h
                ? new UnitFacts(reference, title ?? reference, l, cr, h, shape.At(node)) { EntryStage = stage }
                : null;
        }

        private (int? Level, int? Stage) Level(YamlNode node, string what) =>
            LevelReader.Read(shape, node, what, _formatVersion, Qualifications.Qualification.EntryLevelSinceFormat, diagnostics);

        private int? OptionalInt(Dictionary<string, YamlNode> keys, string key, string what) =>
            keys.TryGetValue(key, out var node) ? shape.Int(node, $"{what}.{key}") : null;

        private bool Bool(YamlNode node, string what)
        {
            if (node is YamlScalar { Value: "true" or "false" } s)
            {
                return s.Value == "true";
            }

            shape.WrongType(node, what, "true or false");
            return false;
        }
    }
}
