using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Yaml;

namespace UnitCompiler.Spec;

// The standards section (format 2): per standard, each criterion's KSB codes with scores and whether a writer confirmed them.
internal sealed partial class SpecMapper
{
    private StandardMapping? Standard(YamlNode node)
    {
        if (Mapping(node, "a standard mapping") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a standard mapping", "standard", "version", "title", "ksbs", "criteria");
        var standard = Required(keys, map, "a standard mapping", "standard") is { } s ? String(s, "standard") : null;
        var version = keys.TryGetValue("version", out var v) ? String(v, "version") : null;
        var title = keys.TryGetValue("title", out var t) ? String(t, "title") : null;
        var ksbs = keys.TryGetValue("ksbs", out var k) ? List(k, "ksbs", StandardKsb) : [];
        var criteria = keys.TryGetValue("criteria", out var c) ? List(c, "criteria", KsbMapping) : [];
        return standard is null ? null : new StandardMapping(standard, version ?? string.Empty, criteria, At(keys["standard"])) { Title = title, Ksbs = ksbs };
    }

    private StandardKsb? StandardKsb(YamlNode node)
    {
        if (Mapping(node, "a KSB of the standard") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a KSB of the standard", "code", "text");
        var code = Required(keys, map, "a KSB of the standard", "code") is { } c ? String(c, "code") : null;
        var text = keys.TryGetValue("text", out var t) ? String(t, "text") : null;
        return code is null ? null : new StandardKsb(code, text ?? string.Empty);
    }

    private KsbMapping? KsbMapping(YamlNode node)
    {
        if (Mapping(node, "a criterion's KSBs") is not { } map)
        {
            return null;
        }

        var keys = Keys(map, "a criterion's KSBs", "criterion", "ksbs", "scores", "confirmed");
        var id = Required(keys, map, "a criterion's KSBs", "criterion") is { } i ? Id(i, "criterion", UnitIds.IsCriterion, UnitIds.CriterionShape) : null;
        var codes = keys.TryGetValue("ksbs", out var k) ? List(k, "ksbs", n => String(n, "a KSB code")) : [];
        var scores = keys.TryGetValue("scores", out var sc) ? List(sc, "scores", Score) : [];
        if (!scores.IsEmpty && scores.Length != codes.Length)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, At(keys["scores"]), "scores", $"a list of {codes.Length} numbers, one per KSB");
        }

        var confirmed = keys.TryGetValue("confirmed", out var cf) && Confirmed(cf);
        var ksbs = codes.Select((code, n) => new KsbAlignment(code, n < scores.Length ? (double)scores[n] : 1)).ToImmutableArray();
        return id is null ? null : new KsbMapping(id, ksbs, confirmed, At(keys["criterion"]));
    }
}
