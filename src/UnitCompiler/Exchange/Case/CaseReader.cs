using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Exchange.Case;

/// <summary>
/// Reads a CASE CFPackage into a unit: the one item under the CFDocument is the unit, its isChildOf
/// children (by sequenceNumber) the outcomes, theirs the criteria, theirs the sub-items. A package
/// unitc wrote reads back to the spec it came from (numbers from listEnumeration, kinds and facts
/// from extensions); another tool's package is read as far as it maps, with a located warning for
/// each guess and each thing left out. Items are located at their identifier in the file.
/// </summary>
public sealed partial class CaseReader
{
    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, JsonElement> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Child, int? Sequence, int Order)>> _children = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);

    private CaseReader(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    public static SpecReadResult Read(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var unit = new CaseReader(source, diagnostics).Read();
        if (unit is not null)
        {
            UnitValidator.Validate(unit, SourceLocation.File(source.Path), diagnostics);
        }

        return new SpecReadResult(diagnostics.HasErrors ? null : unit, source, diagnostics.ToImmutable());
    }

    private Unit? Read()
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(_source.Text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var at = line < _source.LineCount ? _source.Location(_source.LineStart(line) + (int)Math.Min(e.BytePositionInLine ?? 0, _source.LineText(line).Length)) : SourceLocation.File(_source.Path);
            _diagnostics.Add(DiagnosticCatalog.CaseNotJson, at, "the JSON does not parse (" + e.Message.Split(" LineNumber", 2)[0] + ")");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || CaseExtensions.Child(root, "CFDocument") is not { ValueKind: JsonValueKind.Object } cfDocument)
            {
                _diagnostics.Add(DiagnosticCatalog.CaseNotJson, SourceLocation.File(_source.Path), "it has no CFDocument object");
                return null;
            }

            return Unit(root, cfDocument);
        }
    }

    private Unit? Unit(JsonElement root, JsonElement cfDocument)
    {
        foreach (var item in CaseExtensions.Array(root, "CFItems"))
        {
            if (CaseExtensions.String(item, "identifier") is { } id)
            {
                _items.TryAdd(id, item);
            }
        }

        var ignored = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var order = 0;
        foreach (var association in CaseExtensions.Array(root, "CFAssociations"))
        {
            var type = CaseExtensions.String(association, "associationType") ?? "(none)";
            var child = CaseExtensions.String(CaseExtensions.Child(association, "originNodeURI"), "identifier");
            var parent = CaseExtensions.String(CaseExtensions.Child(association, "destinationNodeURI"), "identifier");
            if (type != "isChildOf" || child is null || parent is null)
            {
                ignored[type] = ignored.GetValueOrDefault(type) + 1;
                continue;
            }

            if (!_children.TryGetValue(parent, out var list))
            {
                _children[parent] = list = [];
            }

            list.Add((child, CaseExtensions.Int(association, "sequenceNumber"), order++));
        }

        foreach (var (type, count) in ignored)
        {
            _diagnostics.Add(DiagnosticCatalog.CaseAssociationIgnored, SourceLocation.File(_source.Path), count, type);
        }

        var documentId = CaseExtensions.String(cfDocument, "identifier") ?? string.Empty;
        if (CaseExtensions.String(cfDocument, "frameworkType") == CaseQualificationWriter.QualificationType)
        {
            // A qualification is a spec of its own kind, and its units' packages are where their specs come from.
            _diagnostics.Add(DiagnosticCatalog.CaseQualificationPackage, At(documentId), CaseExtensions.String(cfDocument, "title") ?? documentId);
            return null;
        }

        var roots = Children(documentId);
        if (roots.Count != 1)
        {
            _diagnostics.Add(DiagnosticCatalog.CaseNoUnit, At(documentId), roots.Count == 0
                ? "no item is a child of the CFDocument"
                : $"{roots.Count} items are children of the CFDocument; a unit is one item with its outcomes under it");
            return null;
        }

        var unitItem = roots[0];
        var header = Header(unitItem, cfDocument);
        var outcomes = ImmutableArray.CreateBuilder<LearningOutcome>();
        var position = 0;
        foreach (var child in Children(CaseExtensions.String(unitItem, "identifier")!))
        {
            if (Outcome(child, ++position) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        foreach (var (id, _) in _items)
        {
            if (!_reached.Contains(id))
            {
                _diagnostics.Add(DiagnosticCatalog.CaseItemOutsideTree, At(id), Describe(_items[id]));
            }
        }

        var extensions = CaseExtensions.Child(cfDocument, "extensions");
        var (preamble, assessment, other, history, guidance) = CaseExtensions.ReadDocument(extensions);
        var built = outcomes.ToImmutable();
        return header is null ? null : new Unit(
            header with { Other = other },
            preamble,
            built,
            assessment ?? new AssessmentRequirements([], [.. built.Where(o => o.Kind == OutcomeKind.Skill).Select(o => o.Id)]),
            Content(root, extensions),
            guidance)
        { History = history, Standards = CaseExtensions.Standards(extensions) };
    }

    /// <summary>The items under <paramref name="parent"/>, by sequence number, then as listed; each item once.</summary>
    private List<JsonElement> Children(string parent)
    {
        var result = new List<JsonElement>();
        if (!_children.TryGetValue(parent, out var list))
        {
            return result;
        }

        foreach (var (child, _, _) in list.OrderBy(c => c.Sequence ?? int.MaxValue).ThenBy(c => c.Order))
        {
            if (_items.TryGetValue(child, out var item) && _reached.Add(child))
            {
                result.Add(item);
            }
        }

        return result;
    }

    private UnitHeader? Header(JsonElement item, JsonElement cfDocument)
    {
        var id = CaseExtensions.String(item, "identifier")!;
        var reference = CaseExtensions.String(item, "humanCodingScheme");
        if (reference is null)
        {
            _diagnostics.Add(DiagnosticCatalog.CaseNoUnit, At(id), "the unit item has no humanCodingScheme, so the unit has no reference");
            return null;
        }

        var extensions = CaseExtensions.Child(item, "extensions");
        var facts = new (string Key, string Name)[] { ("level", "level"), ("credit", "credit value"), ("glh", "guided learning hours") };
        foreach (var (key, name) in facts)
        {
            if (CaseExtensions.Int(extensions, key) is null)
            {
                _diagnostics.Add(DiagnosticCatalog.CaseFactMissing, At(id), name);
            }
        }

        return new UnitHeader(
            reference,
            new LocatedText(Statement(item) ?? CaseExtensions.String(cfDocument, "title") ?? string.Empty),
            CaseExtensions.Int(extensions, "level"),
            CaseExtensions.Int(extensions, "credit"),
            CaseExtensions.Int(extensions, "glh"),
            [])
        {
            Version = CaseExtensions.String(cfDocument, "version"),
            EntryStage = CaseExtensions.Int(extensions, CaseExtensions.EntryStageKey) is { } stage and >= 1 and <= 3 && CaseExtensions.Int(extensions, "level") == EntryLevel.Level ? stage : null,
        };
    }

    private LearningOutcome? Outcome(JsonElement item, int position)
    {
        var id = Number(item, position.ToString(CultureInfo.InvariantCulture), UnitIds.IsOutcome, OutcomeCode());
        var text = Statement(item);
        var kindName = CaseExtensions.String(CaseExtensions.Child(item, "extensions"), "kind");
        var kind = (kindName is null ? null : OutcomeKinds.Parse(kindName)) ?? (text is null ? null : OutcomeStem.Classify(text));
        if (kind is null)
        {
            _diagnostics.Add(DiagnosticCatalog.CaseKindGuessed, At(CaseExtensions.String(item, "identifier")!), id);
        }

        var criteria = ImmutableArray.CreateBuilder<AssessmentCriterion>();
        var n = 0;
        foreach (var child in Children(CaseExtensions.String(item, "identifier")!))
        {
            n++;
            var expected = $"{id}.{n}";
            var criterionId = Number(child, expected, c => c == expected, CriterionCode());
            var statement = Statement(child);
            var items = ImmutableArray.CreateBuilder<CriterionItem>();
            var letter = 0;
            foreach (var sub in Children(CaseExtensions.String(child, "identifier")!))
            {
                var itemId = Number(sub, ((char)('a' + letter++ % 26)).ToString(), UnitIds.IsItem, ItemCode());
                if (Statement(sub) is { } subText)
                {
                    items.Add(new CriterionItem(itemId, new LocatedText(subText), At(CaseExtensions.String(sub, "identifier")!)));
                }

                foreach (var deeper in Children(CaseExtensions.String(sub, "identifier")!))
                {
                    ReportTooDeep(deeper);
                }
            }

            if (statement is not null)
            {
                var extensions = CaseExtensions.Child(child, "extensions");
                criteria.Add(new AssessmentCriterion(criterionId, new LocatedText(statement), items.ToImmutable(), CaseExtensions.Suppressions(extensions), At(CaseExtensions.String(child, "identifier")!))
                {
                    AfterItems = items.Count > 0 && CaseExtensions.String(extensions, CaseExtensions.AfterItemsKey) is { } after ? new LocatedText(after) : null,
                });
            }
        }

        return text is null ? null : new LearningOutcome(id, new LocatedText(text), kind ?? OutcomeKind.Knowledge, criteria.ToImmutable(), At(CaseExtensions.String(item, "identifier")!));
    }

    private void ReportTooDeep(JsonElement item)
    {
        _diagnostics.Add(DiagnosticCatalog.CaseItemTooDeep, At(CaseExtensions.String(item, "identifier")!), Describe(item));
        foreach (var deeper in Children(CaseExtensions.String(item, "identifier")!))
        {
            ReportTooDeep(deeper);
        }
    }

    /// <summary>The item's number: its listEnumeration, else the number its humanCodingScheme ends in, else its place (with a warning).</summary>
    private string Number(JsonElement item, string byPosition, Func<string, bool> fits, Regex code)
    {
        if (CaseExtensions.String(item, "listEnumeration") is { } e && fits(e))
        {
            return e;
        }

        if (CaseExtensions.String(item, "humanCodingScheme") is { } h && code.Match(h) is { Success: true } m && fits(m.Groups[1].Value))
        {
            return m.Groups[1].Value;
        }

        _diagnostics.Add(DiagnosticCatalog.CaseIdFromPosition, At(CaseExtensions.String(item, "identifier")!), Describe(item), byPosition);
        return byPosition;
    }

    private string? Statement(JsonElement item)
    {
        if (CaseExtensions.String(item, "fullStatement") is { Length: > 0 } s)
        {
            return s;
        }

        _diagnostics.Add(DiagnosticCatalog.CaseNoStatement, At(CaseExtensions.String(item, "identifier") ?? string.Empty), CaseExtensions.String(item, "identifier") ?? "(no identifier)");
        return null;
    }

    private ImmutableArray<IndicativeContent> Content(JsonElement root, JsonElement extensions)
    {
        var concepts = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var concept in CaseExtensions.Array(CaseExtensions.Child(root, "CFDefinitions"), "CFConcepts"))
        {
            if (CaseExtensions.String(concept, "identifier") is { } id)
            {
                concepts.TryAdd(id, concept);
            }
        }

        var entries = CaseExtensions.Array(extensions, "indicativeContent").ToList();
        if (entries.Count > 0)
        {
            return [.. entries.Where(e => CaseExtensions.String(e, "criterion") is not null).Select(e => new IndicativeContent(
                CaseExtensions.String(e, "criterion")!,
                [.. CaseExtensions.Strings(e, "definitions").Where(concepts.ContainsKey).Select(id => Definition(concepts[id]))],
                CaseExtensions.Texts(e, "notes")))];
        }

        // Another tool's concepts: grouped under the criterion their extension or hierarchy code names.
        return [.. concepts.Values
            .Select(c => (Criterion: CaseExtensions.String(CaseExtensions.Child(c, "extensions"), "criterion") ?? CaseExtensions.String(c, "hierarchyCode")?.Split('/')[0], Concept: c))
            .Where(c => c.Criterion is not null && (UnitIds.IsCriterion(c.Criterion) || UnitIds.IsOutcome(c.Criterion)))
            .GroupBy(c => c.Criterion!, StringComparer.Ordinal)
            .Select(g => new IndicativeContent(g.Key, [.. g.Select(c => Definition(c.Concept))], []))];
    }

    private static Definition Definition(JsonElement concept) => new(
        new LocatedText(CaseExtensions.String(concept, "title") ?? string.Empty),
        new LocatedText(CaseExtensions.String(concept, "description") ?? string.Empty),
        CaseExtensions.Texts(CaseExtensions.Child(concept, "extensions"), "items"));

    private static string Describe(JsonElement item) =>
        (CaseExtensions.String(item, "humanCodingScheme") is { } code ? code + " " : string.Empty) + Shorten(CaseExtensions.String(item, "fullStatement") ?? CaseExtensions.String(item, "identifier") ?? "?");

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Where the item with this identifier is in the file: its first quoted occurrence.</summary>
    private SourceLocation At(string identifier)
    {
        var index = identifier.Length == 0 ? -1 : _source.Text.IndexOf("\"" + identifier + "\"", StringComparison.Ordinal);
        return index < 0 ? SourceLocation.File(_source.Path) : _source.Location(index + 1);
    }

    [GeneratedRegex(@"(?:^|[^0-9.])(\d+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OutcomeCode();

    [GeneratedRegex(@"(\d+\.\d+)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CriterionCode();

    [GeneratedRegex(@"\d([a-z]{1,2}|[ivx]+)\)?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ItemCode();
}
