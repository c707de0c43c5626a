using System.Globalization;
using System.Text.Json;

namespace UnitCompiler.Exchange.Case;

/// <summary>
/// The records every CASE package is made of (an item's opening, a link, an isChildOf association,
/// the item types), written with one date and one namespace. A qualification's package holds units
/// whose records carry their own unit's date, so it writes them through one of these per date.
/// </summary>
internal sealed class CaseRecords
{
    private readonly ExchangeSettings _settings;

    public CaseRecords(ExchangeSettings settings, Utf8JsonWriter json, DateOnly date)
    {
        _settings = settings;
        Json = json;
        Date = Stamp(date);
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>The lastChangeDateTime every record written here carries.</summary>
    public string Date { get; }

    public static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public CaseRecords On(DateOnly date) => new(_settings, Json, date);

    public string Id(string path) => Uuid5.Text(_settings.Namespace, path);

    public string Uri(string identifier) => _settings.BaseUri + identifier;

    /// <summary>Opens an item's object; the caller adds what else it has and closes it.</summary>
    public void StartItem(string path, string statement, string type, string code, string? enumeration)
    {
        var id = Id(path);
        Json.WriteStartObject();
        Json.WriteString("identifier", id);
        Json.WriteString("fullStatement", statement);
        Json.WriteString("CFItemType", type);
        Json.WriteString("uri", Uri(id));
        Json.WriteString("humanCodingScheme", code);
        if (enumeration is not null)
        {
            Json.WriteString("listEnumeration", enumeration);
        }

        Json.WriteString("language", "en");
        Json.WritePropertyName("CFItemTypeURI");
        Link(CasePaths.ItemType(type), type);
        Json.WriteString("lastChangeDateTime", Date);
    }

    public void WriteOptional(string name, int? value)
    {
        if (value is { } v)
        {
            Json.WriteNumber(name, v);
        }
    }

    public void Link(string path, string title)
    {
        var id = Id(path);
        Json.WriteStartObject();
        Json.WriteString("title", title);
        Json.WriteString("identifier", id);
        Json.WriteString("uri", Uri(id));
        Json.WriteEndObject();
    }

    public void ChildOf(string child, string childTitle, string parent, string parentTitle, int sequence)
    {
        var id = Id(CasePaths.ChildOf(child, parent));
        Json.WriteStartObject();
        Json.WriteString("identifier", id);
        Json.WriteString("associationType", "isChildOf");
        Json.WriteNumber("sequenceNumber", sequence);
        Json.WriteString("uri", Uri(id));
        Json.WritePropertyName("originNodeURI");
        Link(child, childTitle);
        Json.WritePropertyName("destinationNodeURI");
        Link(parent, parentTitle);
        Json.WriteString("lastChangeDateTime", Date);
        Json.WriteEndObject();
    }

    public void ItemTypes(IEnumerable<(string Title, string Code, string Description)> types)
    {
        Json.WriteStartArray("CFItemTypes");
        foreach (var (title, code, description) in types)
        {
            var id = Id(CasePaths.ItemType(title));
            Json.WriteStartObject();
            Json.WriteString("identifier", id);
            Json.WriteString("uri", Uri(id));
            Json.WriteString("title", title);
            Json.WriteString("description", description);
            Json.WriteString("hierarchyCode", code);
            Json.WriteString("typeCode", title.Replace(" ", string.Empty, StringComparison.Ordinal));
            Json.WriteString("lastChangeDateTime", Date);
            Json.WriteEndObject();
        }

        Json.WriteEndArray();
    }
}
