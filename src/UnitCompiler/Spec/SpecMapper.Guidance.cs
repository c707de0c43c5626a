using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

// The guidance section: items with their aligned criteria and the score of each.
internal sealed partial class SpecMapper
{
    private StudyGuidance? Guidance(YamlNode node)
    {
        if (Mapping(node, "guidance") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "guidance", [.. GuidanceKinds.SpecKeys]);
        var synopsis = keys.TryGetValue("synopsis", out var s) ? Text(s, "guidance.synopsis") : null;
        return StudyGuidance.Create(synopsis ?? UnitCompiler.Text.LocatedText.Empty, kind => Items(keys, kind.SpecKey));
    }

    private ImmutableArray<GuidanceItem> Items(Dictionary<string, YamlNode> keys, string key) =>
        keys.TryGetValue(key, out var node) ? List(node, key, GuidanceItem) : [];

    private GuidanceItem? GuidanceItem(YamlNode node)
    {
        if (Mapping(node, "a guidance item") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a guidance item", "title", "text", "criteria", "scores", "confirmed");
        var title = keys.TryGetValue("title", out var t) ? Text(t, "title") : null;
        var text = Required(keys, map, "a guidance item", "text") is { } x ? Text(x, "text") : null;
        var criteria = keys.TryGetValue("criteria", out var c) ? List(c, "criteria", n => Id(n, "criterion id", UnitIds.IsCriterion, UnitIds.CriterionShape)) : [];
        var scores = keys.TryGetValue("scores", out var sc) ? List(sc, "scores", Score) : [];
        if (!scores.IsEmpty && scores.Length != criteria.Length)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, At(keys["scores"]), "scores", $"a list of {criteria.Length} numbers, one per criterion");
        }

        var alignments = criteria.Select((id, i) => new CriterionAlignment(id, i < scores.Length ? (double)scores[i] : 0)).ToImmutableArray();
        var confirmed = Since(keys, "confirmed", 2) is { } cf && Confirmed(cf);
        return text is null ? null : new GuidanceItem(title, text, alignments, At(keys["text"])) { Confirmed = confirmed };
    }

    private bool Confirmed(YamlNode node)
    {
        if (node is YamlScalar { IsQuotedOrTagged: false, Value: "true" or "false" } s)
        {
            return s.Value == "true";
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), "confirmed", "true or false");
        return false;
    }

    private object? Score(YamlNode node)
    {
        if (node is YamlScalar { IsQuotedOrTagged: false } s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, At(node), "score", "a number");
        return null;
    }
}
