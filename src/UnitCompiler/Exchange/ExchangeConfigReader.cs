using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Yaml;

namespace UnitCompiler.Exchange;

/// <summary>
/// The <c>exchange:</c> section of unitc.yaml: <c>namespace</c> (a UUID), <c>base_uri</c>,
/// <c>creator</c>, <c>date</c> (YYYY-MM-DD), <c>output</c> and <c>moodle: { scale, default,
/// proficient, taxonomy }</c>. A Moodle scale or taxonomy Moodle would refuse is a config error here,
/// before any unit is read.
/// </summary>
internal static class ExchangeConfigReader
{
    public static (ExchangeSettings Settings, string? Output) Read(YamlShape shape, YamlMapping exchange)
    {
        var settings = ExchangeSettings.Default;
        var keys = shape.Keys(exchange, "exchange", "namespace", "base_uri", "creator", "date", "output", "moodle");
        if (keys.TryGetValue("namespace", out var ns) && shape.String(ns, "exchange.namespace") is { } nsText)
        {
            if (Guid.TryParseExact(nsText, "D", out var guid))
            {
                settings = settings with { Namespace = guid };
            }
            else
            {
                shape.WrongType(ns, "exchange.namespace", "a UUID such as 99470ec5-8bf7-5e4e-974e-87f023871241");
            }
        }

        if (keys.TryGetValue("base_uri", out var uri) && shape.String(uri, "exchange.base_uri") is { } baseUri)
        {
            settings = settings with { BaseUri = baseUri };
        }

        if (keys.TryGetValue("creator", out var creator) && shape.String(creator, "exchange.creator") is { } who)
        {
            settings = settings with { Creator = who };
        }

        if (keys.TryGetValue("date", out var date) && shape.String(date, "exchange.date") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                settings = settings with { Date = day };
            }
            else
            {
                shape.WrongType(date, "exchange.date", "a date written YYYY-MM-DD");
            }
        }

        if (keys.TryGetValue("moodle", out var moodleNode) && shape.Mapping(moodleNode, "exchange.moodle") is { } moodle)
        {
            settings = Moodle(shape, moodle, settings);
        }

        var output = keys.TryGetValue("output", out var o) ? shape.String(o, "exchange.output") : null;
        return (settings, output);
    }

    private static ExchangeSettings Moodle(YamlShape shape, YamlMapping moodle, ExchangeSettings settings)
    {
        var keys = shape.Keys(moodle, "exchange.moodle", "scale", "default", "proficient", "taxonomy", "qualification_taxonomy");
        var scale = settings.Scale;
        if (keys.TryGetValue("scale", out var values) && shape.StringOrStrings(values, "exchange.moodle.scale") is { } list)
        {
            scale = scale with { Values = list };
        }

        if (keys.TryGetValue("default", out var d) && shape.PositiveInt(d, "exchange.moodle.default") is { } def)
        {
            scale = scale with { DefaultValue = def };
        }

        if (keys.TryGetValue("proficient", out var p) && shape.StringOrStrings(p, "exchange.moodle.proficient") is { } prof)
        {
            var numbers = prof.Select(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToImmutableArray();
            if (numbers.Any(n => n <= 0))
            {
                shape.WrongType(p, "exchange.moodle.proficient", "positions in the scale, such as [2]");
            }
            else
            {
                scale = scale with { Proficient = numbers };
            }
        }

        foreach (var problem in MoodleRules.ScaleProblems(scale))
        {
            shape.WrongType(keys.TryGetValue("scale", out var at) ? at : moodle, "exchange.moodle", "a scale with one default and a proficient value, each a position in it; this one " + problem);
        }

        settings = settings with { Scale = scale };
        if (Taxonomy(shape, keys, "taxonomy") is { } taxonomy)
        {
            settings = settings with { Taxonomy = taxonomy };
        }

        if (Taxonomy(shape, keys, "qualification_taxonomy") is { } forQualifications)
        {
            settings = settings with { QualificationTaxonomy = forQualifications };
        }

        return settings;
    }

    private static ImmutableArray<string>? Taxonomy(YamlShape shape, IReadOnlyDictionary<string, YamlNode> keys, string key)
    {
        if (!keys.TryGetValue(key, out var t) || shape.StringOrStrings(t, "exchange.moodle." + key) is not { } taxonomy)
        {
            return null;
        }

        foreach (var term in taxonomy.Where(term => !MoodleRules.TaxonomyTerms.Contains(term)))
        {
            shape.WrongType(t, "exchange.moodle." + key, "terms Moodle knows: " + string.Join(", ", MoodleRules.TaxonomyTerms) + $" ('{term}' is not one)");
        }

        return taxonomy;
    }
}
