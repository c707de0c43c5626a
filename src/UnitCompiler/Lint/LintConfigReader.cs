using System.Collections.Immutable;
using UnitCompiler.Config;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Spec;

namespace UnitCompiler.Lint;

/// <summary>
/// The <c>lint:</c> section of <c>unitc.yaml</c>:
/// <c>rules: { UNITC1002: off | error | warning | info }</c>, <c>max_criterion_words</c>,
/// <c>extra_verbs: [..]</c>, <c>allowed_pairs: ["Support and develop"]</c>, <c>spelling: british | oxford</c>,
/// <c>level_quiet_verbs: [describe, explain, identify]</c>.
/// </summary>
public static class LintConfigReader
{
    public static LintConfig Read(string path, DiagnosticBag diagnostics)
    {
        var config = LintConfig.Default;
        if (!File.Exists(path))
        {
            return config;
        }

        var source = InputFile.ReadText(path, InputLimits.Default, diagnostics);
        if (source is null || YamlTreeReader.Read(source, InputLimits.Default, diagnostics) is not YamlMapping root)
        {
            return config;
        }

        var lint = root.Entries.FirstOrDefault(e => e.Key.Value == "lint").Value;
        if (lint is not YamlMapping map)
        {
            return config;
        }

        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "rules" when value is YamlMapping rules:
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
                            diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(id.Start), $"lint.rules.{id.Value}", "a known rule id set to off, error, warning or info");
                            continue;
                        }

                        severities[id.Value] = severity;
                    }

                    config = config with { Severities = severities.ToImmutable() };
                    break;
                case "max_criterion_words" when value is YamlScalar s && int.TryParse(s.Value, out var words) && words > 0:
                    config = config with { MaxCriterionWords = words };
                    break;
                case "extra_verbs" when value is YamlSequence seq:
                    config = config with { ExtraVerbs = config.ExtraVerbs.Union(seq.Items.OfType<YamlScalar>().Select(v => v.Value)) };
                    break;
                case "allowed_pairs" when value is YamlSequence seq:
                    config = config with { AllowedPairs = config.AllowedPairs.Union(seq.Items.OfType<YamlScalar>().Select(v => v.Value)) };
                    break;
                case "spelling" when value is YamlScalar { Value: "british" or "oxford" } style:
                    config = config with { Spelling = style.Value == "oxford" ? SpellingStyle.Oxford : SpellingStyle.British };
                    break;
                case "spelling":
                    diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(key.Start), "lint.spelling", "british or oxford");
                    break;
                case "level_quiet_verbs" when value is YamlSequence seq:
                    config = config with { LevelQuietVerbs = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, seq.Items.OfType<YamlScalar>().Select(v => v.Value)) };
                    break;
                default:
                    diagnostics.Add(DiagnosticCatalog.UnknownKey, source.Location(key.Start), key.Value, "lint", " (known: rules, max_criterion_words, extra_verbs, allowed_pairs, spelling, level_quiet_verbs)");
                    break;
            }
        }

        return config;
    }

    public static string DefaultPath(string folder) => Path.Combine(folder, ProjectConfig.FileName);
}
