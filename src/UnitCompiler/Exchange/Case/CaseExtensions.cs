using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Exchange.Case;

/// <summary>
/// The parts of a spec CASE has no field for, kept in the CFDocument's <c>extensions</c> (which the
/// schema leaves open) so a unitc package reads back to the same spec: the preamble, assessment
/// requirements, other metadata, version history, which definitions and notes go with which
/// criterion, and the study guidance with its alignments. Other consumers ignore them.
/// </summary>
internal static class CaseExtensions
{
    public const string FormatKey = "unitcFormat";

    public static void WriteDocument(Utf8JsonWriter json, Unit unit, Func<string, string> idOf)
    {
        json.WriteNumber(FormatKey, Unit.FormatVersion);
        if (!unit.Preamble.IsEmpty)
        {
            json.WriteStartObject("preamble");
            json.WriteString("heading", unit.Preamble.Heading.Value);
            WriteTexts(json, "text", unit.Preamble.Text);
            json.WriteEndObject();
        }

        json.WriteStartObject("assessment");
        WriteTexts(json, "text", unit.Assessment.Text);
        WriteStrings(json, "skillOutcomes", unit.Assessment.SkillOutcomes);
        json.WriteEndObject();
        json.WriteStartArray("other");
        foreach (var field in unit.Header.Other)
        {
            json.WriteStartObject();
            json.WriteString("label", field.Label);
            json.WriteString("value", field.Value.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("history");
        foreach (var entry in unit.History)
        {
            json.WriteStartObject();
            json.WriteString("version", entry.Version);
            if (entry.Date is { } date)
            {
                json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            json.WriteString("change", entry.Change.Value);
            if (entry.Section is { } section)
            {
                json.WriteString("section", section);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("indicativeContent");
        foreach (var content in unit.IndicativeContent)
        {
            json.WriteStartObject();
            json.WriteString("criterion", content.CriterionId);
            json.WriteStartArray("definitions");
            for (var n = 1; n <= content.Definitions.Length; n++)
            {
                json.WriteStringValue(idOf(CasePaths.Definition(unit.Header.Ref, content.CriterionId, n)));
            }

            json.WriteEndArray();
            WriteTexts(json, "notes", content.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (!unit.Standards.IsEmpty)
        {
            json.WriteStartArray("standards");
            foreach (var standard in unit.Standards)
            {
                json.WriteStartObject();
                json.WriteString("standard", standard.Standard);
                json.WriteString("version", standard.Version);
                if (standard.Title is { } title)
                {
                    json.WriteString("title", title);
                }

                json.WriteStartArray("ksbs");
                foreach (var k in standard.Ksbs)
                {
                    json.WriteStartObject();
                    json.WriteString("code", k.Code);
                    json.WriteString("text", k.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("criteria");
                foreach (var c in standard.Criteria)
                {
                    json.WriteStartObject();
                    json.WriteString("criterion", c.CriterionId);
                    json.WriteStartArray("ksbs");
                    foreach (var k in c.Ksbs)
                    {
                        json.WriteStartObject();
                        json.WriteString("code", k.Code);
                        json.WriteNumber("score", k.Score);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteBoolean("confirmed", c.Confirmed);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (unit.Guidance is { } guidance)
        {
            json.WriteStartObject("guidance");
            json.WriteString("synopsis", guidance.Synopsis.Value);
            foreach (var kind in GuidanceKinds.All)
            {
                json.WriteStartArray(kind.SpecKey);
                foreach (var item in guidance.Items(kind.Kind))
                {
                    json.WriteStartObject();
                    if (item.Title is not null)
                    {
                        json.WriteString("title", item.Title.Value);
                    }

                    json.WriteString("text", item.Text.Value);
                    json.WriteStartArray("criteria");
                    foreach (var c in item.Criteria)
                    {
                        json.WriteStartObject();
                        json.WriteString("criterion", c.CriterionId);
                        json.WriteNumber("score", c.Score);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    if (item.Confirmed)
                    {
                        json.WriteBoolean("confirmed", true);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }
    }

    /// <summary>A unit's extension holding its stage of Entry level (1 to 3) beside <c>level</c> 0 (spec format 4's <c>level: Entry 3</c>).</summary>
    public const string EntryStageKey = "entry_stage";

    /// <summary>A criterion's extension holding the words after its sub-items (spec format 3's <c>after_items</c>).</summary>
    public const string AfterItemsKey = "after_items";

    public static void WriteSuppressions(Utf8JsonWriter json, ImmutableArray<Suppression> suppressions)
    {
        json.WriteStartArray("suppress");
        foreach (var s in suppressions)
        {
            json.WriteStartObject();
            json.WriteString("rule", s.Rule);
            json.WriteString("reason", s.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteTexts(Utf8JsonWriter json, string name, IEnumerable<LocatedText> texts) => WriteStrings(json, name, texts.Select(t => t.Value));

    public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    public static string? String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int? Int(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    public static JsonElement Child(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) ? v : default;

    public static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        Child(parent, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : [];

    public static ImmutableArray<LocatedText> Texts(JsonElement parent, string name) =>
        [.. Array(parent, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => new LocatedText(e.GetString()!))];

    public static ImmutableArray<string> Strings(JsonElement parent, string name) =>
        [.. Array(parent, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];

    /// <summary>The spec's sections a unitc package carries; null parts when the package is another tool's.</summary>
    public static (Preamble Preamble, AssessmentRequirements? Assessment, ImmutableArray<MetadataField> Other, ImmutableArray<VersionEntry> History, StudyGuidance? Guidance) ReadDocument(JsonElement extensions)
    {
        var preamble = Child(extensions, "preamble") is { ValueKind: JsonValueKind.Object } p
            ? new Preamble(new LocatedText(String(p, "heading") ?? string.Empty), Texts(p, "text"))
            : Preamble.Empty;
        var assessment = Child(extensions, "assessment") is { ValueKind: JsonValueKind.Object } a
            ? new AssessmentRequirements(Texts(a, "text"), Strings(a, "skillOutcomes"))
            : null;
        var other = Array(extensions, "other")
            .Where(f => String(f, "label") is not null && String(f, "value") is not null)
            .Select(f => new MetadataField(String(f, "label")!, new LocatedText(String(f, "value")!)))
            .ToImmutableArray();
        var history = Array(extensions, "history")
            .Where(h => String(h, "version") is not null)
            .Select(h => new VersionEntry(
                String(h, "version")!,
                DateOnly.TryParseExact(String(h, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                new LocatedText(String(h, "change") ?? string.Empty),
                String(h, "section")))
            .ToImmutableArray();
        StudyGuidance? guidance = null;
        if (Child(extensions, "guidance") is { ValueKind: JsonValueKind.Object } g)
        {
            guidance = StudyGuidance.Create(new LocatedText(String(g, "synopsis") ?? string.Empty), kind => [.. Array(g, kind.SpecKey).Select(GuidanceItem)]);
        }

        return (preamble, assessment, other, history, guidance);
    }

    private static GuidanceItem GuidanceItem(JsonElement item) => new(
        String(item, "title") is { } title ? new LocatedText(title) : null,
        new LocatedText(String(item, "text") ?? string.Empty),
        [.. Array(item, "criteria").Where(c => String(c, "criterion") is not null).Select(c => new CriterionAlignment(String(c, "criterion")!, Child(c, "score") is { ValueKind: JsonValueKind.Number } s ? s.GetDouble() : 0))])
    {
        Confirmed = Child(item, "confirmed").ValueKind == JsonValueKind.True,
    };

    public static ImmutableArray<StandardMapping> Standards(JsonElement extensions) =>
        [.. Array(extensions, "standards").Where(s => String(s, "standard") is not null).Select(s => new StandardMapping(
            String(s, "standard")!,
            String(s, "version") ?? string.Empty,
            [.. Array(s, "criteria").Where(c => String(c, "criterion") is not null).Select(c => new KsbMapping(
                String(c, "criterion")!,
                [.. Array(c, "ksbs").Where(k => String(k, "code") is not null).Select(k => new KsbAlignment(String(k, "code")!, Child(k, "score") is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : 1))],
                Child(c, "confirmed").ValueKind == JsonValueKind.True))])
        {
            Title = String(s, "title"),
            Ksbs = [.. Array(s, "ksbs").Where(k => String(k, "code") is not null).Select(k => new StandardKsb(String(k, "code")!, String(k, "text") ?? string.Empty))],
        })];

    public static ImmutableArray<Suppression> Suppressions(JsonElement extensions) =>
        [.. Array(extensions, "suppress").Where(s => String(s, "rule") is not null).Select(s => new Suppression(String(s, "rule")!, String(s, "reason") ?? string.Empty))];
}
