using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Yaml;

namespace UnitCompiler.Lint;

/// <summary>
/// The <c>lint:</c> section of <c>unitc.yaml</c> (the project reads the file, once, and hands this
/// section over): <c>rules: { UNITC1002: off | error | warning | info }</c>, <c>max_criterion_words</c>,
/// <c>extra_verbs: [..]</c>, <c>allowed_pairs: ["Support and develop"]</c>, <c>spelling: british | oxford</c>,
/// <c>level_quiet_verbs: [describe, explain, identify]</c>.
/// </summary>
internal static class LintConfigReader
{
    public static LintConfig Read(YamlShape shape, YamlMapping lint)
    {
        var config = LintConfig.Default;
        var keys = shape.Keys(lint, "lint", "rules", "max_criterion_words", "extra_verbs", "allowed_pairs", "spelling", "level_quiet_verbs");
        if (keys.TryGetValue("rules", out var rulesNode) && shape.Mapping(rulesNode, "lint.rules") is { } rules)
        {
            var severities = config.Severities.ToBuilder();
            foreach (var (id, level) in rules.Entries)
            {
                DiagnosticSeverity? severity = (level as YamlScalar)?.Value switch
                {
                    "off" or "none" => null,
                    "error" => DiagnosticSeverity.Error,
                    "warning" => DiagnosticSeverity.Warning,
                    "info" or "suggestion" => DiagnosticSeverity.Info,
                    _ => DiagnosticSeverity.Hidden,
                };
                if (severity == DiagnosticSeverity.Hidden || DiagnosticCatalog.Find(id.Value) is null)
                {
                    shape.WrongType(id, $"lint.rules.{id.Value}", "a known rule id set to off, error, warning or info");
                    continue;
                }

                severities[id.Value] = severity;
            }

            config = config with { Severities = severities.ToImmutable() };
        }

        if (keys.TryGetValue("max_criterion_words", out var words) && shape.PositiveInt(words, "lint.max_criterion_words") is { } max)
        {
            config = config with { MaxCriterionWords = max };
        }

        if (keys.TryGetValue("extra_verbs", out var verbs) && shape.StringOrStrings(verbs, "lint.extra_verbs") is { } extra)
        {
            config = config with { ExtraVerbs = config.ExtraVerbs.Union(extra) };
        }

        if (keys.TryGetValue("allowed_pairs", out var pairs) && shape.StringOrStrings(pairs, "lint.allowed_pairs") is { } allowed)
        {
            config = config with { AllowedPairs = config.AllowedPairs.Union(allowed) };
        }

        if (keys.TryGetValue("spelling", out var spelling))
        {
            switch ((spelling as YamlScalar)?.Value)
            {
                case "british":
                    config = config with { Spelling = SpellingStyle.British };
                    break;
                case "oxford":
                    config = config with { Spelling = SpellingStyle.Oxford };
                    break;
                default:
                    shape.WrongType(spelling, "lint.spelling", "british or oxford");
                    break;
            }
        }

        if (keys.TryGetValue("level_quiet_verbs", out var quiet) && shape.StringOrStrings(quiet, "lint.level_quiet_verbs") is { } quietVerbs)
        {
            config = config with { LevelQuietVerbs = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, quietVerbs) };
        }

        return config;
    }
}
