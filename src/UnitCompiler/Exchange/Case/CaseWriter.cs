using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Exchange.Case;

/// <summary>
/// Writes a unit as a CASE 1.1 CFPackage: the unit, its outcomes, criteria and sub-items as CFItems
/// joined by isChildOf associations in order, definitions as CFConcepts, and in extensions what CASE
/// has no field for (level, credit, GLH, kinds, and the spec's other sections, so that
/// <see cref="CaseReader"/> gives back the same spec). Written token by token with
/// <see cref="Utf8JsonWriter"/>, no reflection; the same unit and settings give the same bytes.
/// </summary>
public sealed class CaseWriter
{
    private readonly Unit _unit;
    private readonly ExchangeSettings _settings;
    private readonly CaseRecords _r;

    internal CaseWriter(Unit unit, ExchangeSettings settings, CaseRecords records)
    {
        _unit = unit;
        _settings = settings;
        _r = records;
    }

    /// <summary>The date every record carries: the latest of the spec's history, else the configured one; never the clock.</summary>
    public static DateOnly? ChangeDate(Unit unit, ExchangeSettings settings) => LatestOr(unit.History, settings);

    /// <summary>The latest dated entry of a version history, else the configured date.</summary>
    internal static DateOnly? LatestOr(IEnumerable<VersionEntry> history, ExchangeSettings settings) =>
        history.Where(h => h.Date is not null).Select(h => h.Date!.Value).DefaultIfEmpty().Max() is var latest && latest != default ? latest : settings.Date;

    /// <summary>The package as UTF-8 JSON, or null when the unit has no date to stamp it with.</summary>
    public static byte[]? Write(Unit unit, ExchangeSettings settings)
    {
        if (ChangeDate(unit, settings) is not { } date)
        {
            return null;
        }

        return Json(json => new CaseWriter(unit, settings, new CaseRecords(settings, json, date)).Package());
    }

    /// <summary>A package written by <paramref name="write"/>, indented, LF line ends, with a final newline.</summary>
    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            write(json);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private string Ref => _unit.Header.Ref;

    private void Package()
    {
        _r.Json.WriteStartObject();
        Document();
        _r.Json.WriteStartArray("CFItems");
        UnitItems();
        _r.Json.WriteEndArray();
        _r.Json.WriteStartArray("CFAssociations");
        _r.ChildOf(CasePaths.Unit(Ref), _unit.Header.Title.Value, CasePaths.Document(Ref), _unit.Header.Title.Value, 1);
        UnitTree();
        _r.Json.WriteEndArray();
        _r.Json.WriteStartObject("CFDefinitions");
        _r.Json.WriteStartArray("CFConcepts");
        Concepts();
        _r.Json.WriteEndArray();
        _r.ItemTypes(CaseItemTypes.All);
        _r.Json.WriteEndObject();
        _r.Json.WriteEndObject();
    }

    private void Document()
    {
        var id = _r.Id(CasePaths.Document(Ref));
        _r.Json.WriteStartObject("CFDocument");
        _r.Json.WriteString("identifier", id);
        _r.Json.WriteString("uri", _r.Uri(id));
        _r.Json.WriteString("frameworkType", "Unit");
        _r.Json.WriteString("caseVersion", "1.1");
        _r.Json.WriteString("creator", _settings.Creator);
        _r.Json.WriteString("title", _unit.Header.Title.Value);
        _r.Json.WriteString("lastChangeDateTime", _r.Date);
        _r.Json.WriteString("language", "en");
        if (_unit.Header.Version is { } version)
        {
            _r.Json.WriteString("version", version);
        }

        _r.Json.WriteStartObject("extensions");
        CaseExtensions.WriteDocument(_r.Json, _unit, _r.Id);
        _r.Json.WriteEndObject();
        _r.Json.WriteEndObject();
    }

    /// <summary>The unit's item and every item under it: the same records in the unit's package and in a qualification's.</summary>
    internal void UnitItems()
    {
        var header = _unit.Header;
        _r.StartItem(CasePaths.Unit(Ref), header.Title.Value, CaseItemTypes.Unit, Ref, null);
        _r.Json.WriteStartObject("extensions");
        _r.WriteOptional("level", header.Level);
        _r.WriteOptional(CaseExtensions.EntryStageKey, header.EntryStage);
        _r.WriteOptional("credit", header.Credit);
        _r.WriteOptional("glh", header.GuidedLearningHours);
        _r.Json.WriteEndObject();
        _r.Json.WriteEndObject();
        foreach (var outcome in _unit.Outcomes)
        {
            _r.StartItem(CasePaths.Node(Ref, outcome.Id), outcome.Text.Value, CaseItemTypes.Outcome, "LO" + outcome.Id, outcome.Id);
            _r.Json.WriteStartObject("extensions");
            _r.Json.WriteString("kind", outcome.Kind.Name());
            _r.Json.WriteEndObject();
            _r.Json.WriteEndObject();
            foreach (var criterion in outcome.Criteria)
            {
                _r.StartItem(CasePaths.Node(Ref, criterion.Id), criterion.Text.Value, CaseItemTypes.Criterion, "AC" + criterion.Id, criterion.Id);
                if (!criterion.Terms.IsEmpty)
                {
                    _r.Json.WriteStartArray("conceptKeywords");
                    foreach (var term in criterion.Terms)
                    {
                        _r.Json.WriteStringValue(MarkdownInline.ToPlainText(term.Value));
                    }

                    _r.Json.WriteEndArray();
                }

                if (!criterion.Suppressions.IsEmpty || criterion.AfterItems is not null)
                {
                    // The words closing the sentence after the sub-items are unitc's own: a consumer that
                    // reads only fullStatement sees the lead-in and the sub-items, as in the export.
                    _r.Json.WriteStartObject("extensions");
                    if (criterion.AfterItems is { } after)
                    {
                        _r.Json.WriteString(CaseExtensions.AfterItemsKey, after.Value);
                    }

                    if (!criterion.Suppressions.IsEmpty)
                    {
                        CaseExtensions.WriteSuppressions(_r.Json, criterion.Suppressions);
                    }

                    _r.Json.WriteEndObject();
                }

                _r.Json.WriteEndObject();
                foreach (var item in criterion.Items)
                {
                    _r.StartItem(CasePaths.SubItem(Ref, criterion.Id, item.Id), item.Text.Value, CaseItemTypes.SubItem, "AC" + criterion.Id + item.Id, item.Id);
                    _r.Json.WriteEndObject();
                }
            }
        }
    }

    /// <summary>The isChildOf associations below the unit's item; what the unit's item hangs from is the caller's.</summary>
    internal void UnitTree()
    {
        var o = 0;
        foreach (var outcome in _unit.Outcomes)
        {
            var outcomePath = CasePaths.Node(Ref, outcome.Id);
            _r.ChildOf(outcomePath, "LO" + outcome.Id, CasePaths.Unit(Ref), Ref, ++o);
            var c = 0;
            foreach (var criterion in outcome.Criteria)
            {
                var criterionPath = CasePaths.Node(Ref, criterion.Id);
                _r.ChildOf(criterionPath, "AC" + criterion.Id, outcomePath, "LO" + outcome.Id, ++c);
                var i = 0;
                foreach (var item in criterion.Items)
                {
                    _r.ChildOf(CasePaths.SubItem(Ref, criterion.Id, item.Id), "AC" + criterion.Id + item.Id, criterionPath, "AC" + criterion.Id, ++i);
                }
            }
        }
    }

    /// <summary>The unit's definitions as CFConcepts, into an array the caller opened.</summary>
    internal void Concepts()
    {
        foreach (var content in _unit.IndicativeContent)
        {
            var n = 0;
            foreach (var definition in content.Definitions)
            {
                var id = _r.Id(CasePaths.Definition(Ref, content.CriterionId, ++n));
                _r.Json.WriteStartObject();
                _r.Json.WriteString("identifier", id);
                _r.Json.WriteString("uri", _r.Uri(id));
                _r.Json.WriteString("title", definition.Term.Value);
                _r.Json.WriteString("hierarchyCode", content.CriterionId + "/" + n.ToString(CultureInfo.InvariantCulture));
                _r.Json.WriteString("description", definition.Text.Value);
                _r.Json.WriteString("lastChangeDateTime", _r.Date);
                _r.Json.WriteStartObject("extensions");
                _r.Json.WriteString("criterion", content.CriterionId);
                CaseExtensions.WriteTexts(_r.Json, "items", definition.Items);
                _r.Json.WriteEndObject();
                _r.Json.WriteEndObject();
            }
        }
    }
}
