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
    private readonly string _date;
    private readonly Utf8JsonWriter _json;

    private CaseWriter(Unit unit, ExchangeSettings settings, string date, Utf8JsonWriter json)
    {
        _unit = unit;
        _settings = settings;
        _date = date;
        _json = json;
    }

    /// <summary>The date every record carries: the latest of the spec's history, else the configured one; never the clock.</summary>
    public static DateOnly? ChangeDate(Unit unit, ExchangeSettings settings) =>
        unit.History.Where(h => h.Date is not null).Select(h => h.Date!.Value).DefaultIfEmpty().Max() is var latest && latest != default ? latest : settings.Date;

    /// <summary>The package as UTF-8 JSON, or null when the unit has no date to stamp it with.</summary>
    public static byte[]? Write(Unit unit, ExchangeSettings settings)
    {
        if (ChangeDate(unit, settings) is not { } date)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            new CaseWriter(unit, settings, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", json).Package();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private string Id(string path) => Uuid5.Text(_settings.Namespace, path);

    private string Uri(string identifier) => _settings.BaseUri + identifier;

    private string Ref => _unit.Header.Ref;

    private void Package()
    {
        _json.WriteStartObject();
        Document();
        _json.WriteStartArray("CFItems");
        Items();
        _json.WriteEndArray();
        _json.WriteStartArray("CFAssociations");
        Associations();
        _json.WriteEndArray();
        _json.WriteStartObject("CFDefinitions");
        Concepts();
        ItemTypes();
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Document()
    {
        var id = Id(CasePaths.Document(Ref));
        _json.WriteStartObject("CFDocument");
        _json.WriteString("identifier", id);
        _json.WriteString("uri", Uri(id));
        _json.WriteString("frameworkType", "Unit");
        _json.WriteString("caseVersion", "1.1");
        _json.WriteString("creator", _settings.Creator);
        _json.WriteString("title", _unit.Header.Title.Value);
        _json.WriteString("lastChangeDateTime", _date);
        _json.WriteString("language", "en");
        if (_unit.Header.Version is { } version)
        {
            _json.WriteString("version", version);
        }

        _json.WriteStartObject("extensions");
        CaseExtensions.WriteDocument(_json, _unit, d => Id(d));
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void Items()
    {
        var header = _unit.Header;
        StartItem(CasePaths.Unit(Ref), header.Title.Value, CaseItemTypes.Unit, Ref, null);
        _json.WriteStartObject("extensions");
        WriteOptional("level", header.Level);
        WriteOptional("credit", header.Credit);
        WriteOptional("glh", header.GuidedLearningHours);
        _json.WriteEndObject();
        _json.WriteEndObject();
        foreach (var outcome in _unit.Outcomes)
        {
            StartItem(CasePaths.Node(Ref, outcome.Id), outcome.Text.Value, CaseItemTypes.Outcome, "LO" + outcome.Id, outcome.Id);
            _json.WriteStartObject("extensions");
            _json.WriteString("kind", outcome.Kind.Name());
            _json.WriteEndObject();
            _json.WriteEndObject();
            foreach (var criterion in outcome.Criteria)
            {
                StartItem(CasePaths.Node(Ref, criterion.Id), criterion.Text.Value, CaseItemTypes.Criterion, "AC" + criterion.Id, criterion.Id);
                if (!criterion.Terms.IsEmpty)
                {
                    _json.WriteStartArray("conceptKeywords");
                    foreach (var term in criterion.Terms)
                    {
                        _json.WriteStringValue(MarkdownInline.ToPlainText(term.Value));
                    }

                    _json.WriteEndArray();
                }

                if (!criterion.Suppressions.IsEmpty)
                {
                    _json.WriteStartObject("extensions");
                    CaseExtensions.WriteSuppressions(_json, criterion.Suppressions);
                    _json.WriteEndObject();
                }

                _json.WriteEndObject();
                foreach (var item in criterion.Items)
                {
                    StartItem(CasePaths.SubItem(Ref, criterion.Id, item.Id), item.Text.Value, CaseItemTypes.SubItem, "AC" + criterion.Id + item.Id, item.Id);
                    _json.WriteEndObject();
                }
            }
        }
    }

    /// <summary>Opens an item's object; the caller adds what else it has and closes it.</summary>
    private void StartItem(string path, string statement, string type, string code, string? enumeration)
    {
        var id = Id(path);
        _json.WriteStartObject();
        _json.WriteString("identifier", id);
        _json.WriteString("fullStatement", statement);
        _json.WriteString("CFItemType", type);
        _json.WriteString("uri", Uri(id));
        _json.WriteString("humanCodingScheme", code);
        if (enumeration is not null)
        {
            _json.WriteString("listEnumeration", enumeration);
        }

        _json.WriteString("language", "en");
        _json.WritePropertyName("CFItemTypeURI");
        Link(CasePaths.ItemType(type), type);
        _json.WriteString("lastChangeDateTime", _date);
    }

    private void WriteOptional(string name, int? value)
    {
        if (value is { } v)
        {
            _json.WriteNumber(name, v);
        }
    }

    private void Link(string path, string title)
    {
        var id = Id(path);
        _json.WriteStartObject();
        _json.WriteString("title", title);
        _json.WriteString("identifier", id);
        _json.WriteString("uri", Uri(id));
        _json.WriteEndObject();
    }

    private void Associations()
    {
        ChildOf(CasePaths.Unit(Ref), _unit.Header.Title.Value, CasePaths.Document(Ref), _unit.Header.Title.Value, 1);
        var o = 0;
        foreach (var outcome in _unit.Outcomes)
        {
            var outcomePath = CasePaths.Node(Ref, outcome.Id);
            ChildOf(outcomePath, "LO" + outcome.Id, CasePaths.Unit(Ref), Ref, ++o);
            var c = 0;
            foreach (var criterion in outcome.Criteria)
            {
                var criterionPath = CasePaths.Node(Ref, criterion.Id);
                ChildOf(criterionPath, "AC" + criterion.Id, outcomePath, "LO" + outcome.Id, ++c);
                var i = 0;
                foreach (var item in criterion.Items)
                {
                    ChildOf(CasePaths.SubItem(Ref, criterion.Id, item.Id), "AC" + criterion.Id + item.Id, criterionPath, "AC" + criterion.Id, ++i);
                }
            }
        }
    }

    private void ChildOf(string child, string childTitle, string parent, string parentTitle, int sequence)
    {
        var id = Id(CasePaths.ChildOf(child, parent));
        _json.WriteStartObject();
        _json.WriteString("identifier", id);
        _json.WriteString("associationType", "isChildOf");
        _json.WriteNumber("sequenceNumber", sequence);
        _json.WriteString("uri", Uri(id));
        _json.WritePropertyName("originNodeURI");
        Link(child, childTitle);
        _json.WritePropertyName("destinationNodeURI");
        Link(parent, parentTitle);
        _json.WriteString("lastChangeDateTime", _date);
        _json.WriteEndObject();
    }

    private void Concepts()
    {
        _json.WriteStartArray("CFConcepts");
        foreach (var content in _unit.IndicativeContent)
        {
            var n = 0;
            foreach (var definition in content.Definitions)
            {
                var id = Id(CasePaths.Definition(Ref, content.CriterionId, ++n));
                _json.WriteStartObject();
                _json.WriteString("identifier", id);
                _json.WriteString("uri", Uri(id));
                _json.WriteString("title", definition.Term.Value);
                _json.WriteString("hierarchyCode", content.CriterionId + "/" + n.ToString(CultureInfo.InvariantCulture));
                _json.WriteString("description", definition.Text.Value);
                _json.WriteString("lastChangeDateTime", _date);
                _json.WriteStartObject("extensions");
                _json.WriteString("criterion", content.CriterionId);
                CaseExtensions.WriteTexts(_json, "items", definition.Items);
                _json.WriteEndObject();
                _json.WriteEndObject();
            }
        }

        _json.WriteEndArray();
    }

    private void ItemTypes()
    {
        _json.WriteStartArray("CFItemTypes");
        foreach (var (title, code, description) in CaseItemTypes.All)
        {
            var id = Id(CasePaths.ItemType(title));
            _json.WriteStartObject();
            _json.WriteString("identifier", id);
            _json.WriteString("uri", Uri(id));
            _json.WriteString("title", title);
            _json.WriteString("description", description);
            _json.WriteString("hierarchyCode", code);
            _json.WriteString("typeCode", title.Replace(" ", string.Empty, StringComparison.Ordinal));
            _json.WriteString("lastChangeDateTime", _date);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }
}
