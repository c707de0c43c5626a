using System.Globalization;
using System.Text.Json;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Exchange.Case;

/// <summary>
/// Writes a qualification as a CASE 1.1 CFPackage: the qualification as an item under the
/// CFDocument, each group of units as an item under it (a CASE consumer shows the tree by isChildOf,
/// and only an item carries a group's title), each unit under its group, and under each unit whose
/// spec is in the project its outcomes, criteria and sub-items. A unit's records are the very records
/// of its own package (<see cref="CaseWriter"/>: the same UUIDv5 paths, the unit's own date), so a unit
/// shared by two qualifications has one identity; only the association that hangs it from a group is
/// the qualification's. Rules of combination, credits, TQT and GLH, for which CASE has no field, go in
/// extensions. A unit the qualification only declares (its spec lives elsewhere) is an item with its
/// facts and nothing under it.
/// </summary>
public static class CaseQualificationWriter
{
    public const string QualificationType = "Qualification";
    public const string GroupType = "Unit Group";

    /// <summary>The qualification's two levels above the unit's four; a unit's types keep the codes they have in a unit's package.</summary>
    public static readonly (string Title, string Code, string Description)[] ItemTypes =
    [
        (QualificationType, "Q1", "A regulated qualification: units combined under rules of combination."),
        (GroupType, "Q2", "A group of a qualification's units: mandatory, or optional with the credits or units a learner takes from it."),
    ];

    /// <summary>
    /// The package, or null naming what has no date (<paramref name="undated"/>: the qualification's
    /// number, or a unit's reference). <paramref name="facts"/> holds every unit's level, credit and GLH
    /// as the qualification's checks resolved them; <paramref name="catalogue"/> the unit specs.
    /// </summary>
    public static byte[]? Write(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue, ExchangeSettings settings, out string? undated)
    {
        undated = null;
        if (CaseWriter.LatestOr(qualification.History, settings) is not { } date)
        {
            undated = qualification.Header.Number;
            return null;
        }

        var units = qualification.UnitRefs.Select(r => catalogue.TryGetValue(r.Ref, out var u) ? u : null).OfType<Unit>().ToList();
        if (units.FirstOrDefault(u => CaseWriter.ChangeDate(u, settings) is null) is { } noDate)
        {
            undated = noDate.Header.Ref;
            return null;
        }

        return CaseWriter.Json(json => Package(new CaseRecords(settings, json, date), qualification, facts, catalogue, settings));
    }

    private static void Package(CaseRecords r, Qualification q, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue, ExchangeSettings settings)
    {
        var number = q.Header.Number;
        var title = q.Header.Title.Value;
        var json = r.Json;
        json.WriteStartObject();
        Document(r, q, facts, settings);

        json.WriteStartArray("CFItems");
        r.StartItem(number, title, QualificationType, number, null);
        json.WriteStartObject("extensions");
        r.WriteOptional("level", q.Header.Level);
        r.WriteOptional(CaseExtensions.EntryStageKey, q.Header.EntryStage);
        r.WriteOptional("tqt", q.Header.TotalQualificationTime);
        r.WriteOptional("glh", q.Header.GuidedLearningHours);
        r.WriteOptional("credit", q.Header.Credit);
        json.WriteEndObject();
        json.WriteEndObject();
        foreach (var group in q.Groups)
        {
            r.StartItem(GroupPath(number, group.Id), group.Title.Value, GroupType, group.Id, group.Id);
            json.WriteStartObject("extensions");
            json.WriteBoolean("mandatory", group.IsMandatory);
            r.WriteOptional("minCredits", group.MinCredits);
            r.WriteOptional("maxCredits", group.MaxCredits);
            r.WriteOptional("minUnits", group.MinUnits);
            r.WriteOptional("maxUnits", group.MaxUnits);
            json.WriteString("rule", CombinationRulesText.GroupRule(group, facts));
            json.WriteEndObject();
            json.WriteEndObject();
            foreach (var reference in group.Units)
            {
                if (catalogue.TryGetValue(reference.Ref, out var unit))
                {
                    UnitWriter(unit, r, settings).UnitItems();
                }
                else if (facts.TryGetValue(reference.Ref, out var declared))
                {
                    r.StartItem(CasePaths.Unit(declared.Ref), declared.Title, CaseItemTypes.Unit, declared.Ref, null);
                    json.WriteStartObject("extensions");
                    json.WriteNumber("level", declared.Level);
                    r.WriteOptional(CaseExtensions.EntryStageKey, declared.EntryStage);
                    json.WriteNumber("credit", declared.Credit);
                    json.WriteNumber("glh", declared.GuidedLearningHours);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }
        }

        json.WriteEndArray();

        json.WriteStartArray("CFAssociations");
        r.ChildOf(number, number, Document(number), title, 1);
        var g = 0;
        foreach (var group in q.Groups)
        {
            r.ChildOf(GroupPath(number, group.Id), group.Id, number, number, ++g);
            var u = 0;
            foreach (var reference in group.Units.Where(x => facts.ContainsKey(x.Ref) || catalogue.ContainsKey(x.Ref)))
            {
                r.ChildOf(CasePaths.Unit(reference.Ref), reference.Ref, GroupPath(number, group.Id), group.Id, ++u);
                if (catalogue.TryGetValue(reference.Ref, out var unit))
                {
                    UnitWriter(unit, r, settings).UnitTree();
                }
            }
        }

        json.WriteEndArray();

        json.WriteStartObject("CFDefinitions");
        json.WriteStartArray("CFConcepts");
        foreach (var reference in q.UnitRefs)
        {
            if (catalogue.TryGetValue(reference.Ref, out var unit))
            {
                UnitWriter(unit, r, settings).Concepts();
            }
        }

        json.WriteEndArray();
        r.ItemTypes(ItemTypes.Concat(CaseItemTypes.All));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The document's path: the qualification's number and "#framework", as a unit's is its reference and "#framework".</summary>
    public static string Document(string number) => CasePaths.Document(number);

    public static string GroupPath(string number, string groupId) => $"{number}#group/{groupId}";

    // A unit's records carry the unit's own date, as in its own package, so they are the same records.
    private static CaseWriter UnitWriter(Unit unit, CaseRecords r, ExchangeSettings settings) =>
        new(unit, settings, r.On(CaseWriter.ChangeDate(unit, settings)!.Value));

    private static void Document(CaseRecords r, Qualification q, IReadOnlyDictionary<string, UnitFacts> facts, ExchangeSettings settings)
    {
        var json = r.Json;
        var id = r.Id(Document(q.Header.Number));
        json.WriteStartObject("CFDocument");
        json.WriteString("identifier", id);
        json.WriteString("uri", r.Uri(id));
        json.WriteString("frameworkType", QualificationType);
        json.WriteString("caseVersion", "1.1");
        json.WriteString("creator", settings.Creator);
        json.WriteString("title", q.Header.Title.Value);
        json.WriteString("lastChangeDateTime", r.Date);
        json.WriteString("language", "en");
        if (q.Header.Version is { } version)
        {
            json.WriteString("version", version);
        }

        json.WriteStartObject("extensions");
        json.WriteNumber(CaseExtensions.FormatKey, Qualification.FormatVersion);
        json.WriteString("number", q.Header.Number);
        Register(json, q.Register);
        RulesOfCombination(json, q, facts);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Register(Utf8JsonWriter json, QualificationRegister register)
    {
        void Text(string name, string? value)
        {
            if (value is not null)
            {
                json.WriteString(name, value);
            }
        }

        void Day(string name, DateOnly? value) => Text(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Text("type", register.Type);
        Text("sectorSubjectArea", register.SectorSubjectArea);
        Text("gradingType", register.GradingType);
        Text("gradingScale", register.GradingScale);
        if (register.MinGuidedLearningHours is { } min)
        {
            json.WriteNumber("minGlh", min);
        }

        if (register.MaxGuidedLearningHours is { } max)
        {
            json.WriteNumber("maxGlh", max);
        }

        Day("operationalStart", register.OperationalStart);
        Day("operationalEnd", register.OperationalEnd);
        Day("reviewDate", register.ReviewDate);
        if (!register.AssessmentMethods.IsEmpty)
        {
            CaseExtensions.WriteStrings(json, "assessmentMethods", register.AssessmentMethods);
        }
    }

    // The rules as data a registration system can check, and as the sentences the specification prints.
    private static void RulesOfCombination(Utf8JsonWriter json, Qualification q, IReadOnlyDictionary<string, UnitFacts> facts)
    {
        json.WriteStartObject("rulesOfCombination");
        CaseExtensions.WriteStrings(json, "text", CombinationRulesText.Sentences(q, facts));
        if (q.Rules.MinCredits is { } total)
        {
            json.WriteNumber("minCredits", total);
        }

        json.WriteStartArray("levelRules");
        foreach (var rule in q.Rules.LevelRules)
        {
            json.WriteStartObject();
            json.WriteNumber("level", rule.Level);
            json.WriteNumber("minCredits", rule.MinCredits);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("barred");
        foreach (var pair in q.Rules.Barred)
        {
            json.WriteStartArray();
            json.WriteStringValue(pair.First);
            json.WriteStringValue(pair.Second);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
