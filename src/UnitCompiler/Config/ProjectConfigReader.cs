using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Config;

/// <summary>Reads <c>unitc.yaml</c>, reporting unknown keys and wrong types with their line and column.</summary>
public static class ProjectConfigReader
{
    /// <summary>The config in <paramref name="folder"/>, or <see cref="ProjectConfig.Empty"/> when there is none.</summary>
    public static ProjectConfig Read(string folder, DiagnosticBag diagnostics) =>
        ReadFile(Path.Combine(folder, ProjectConfig.FileName), diagnostics);

    /// <summary>The config in the file <paramref name="path"/>, or <see cref="ProjectConfig.Empty"/> when there is none.</summary>
    public static ProjectConfig ReadFile(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return ProjectConfig.Empty;
        }

        var source = InputFile.ReadText(path, InputLimits.Default, diagnostics);
        if (source is null || YamlTreeReader.Read(source, InputLimits.Default, diagnostics) is not { } root)
        {
            return ProjectConfig.Empty;
        }

        if (root is not YamlMapping map)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(root.Start), ProjectConfig.FileName, "a mapping of keys to values");
            return ProjectConfig.Empty;
        }

        var config = ProjectConfig.Empty;
        foreach (var (key, value) in map.Entries)
        {
            switch (key.Value)
            {
                case "build" when value is YamlMapping build:
                    config = Build(config, source, build, diagnostics);
                    break;
                case "limits" when value is YamlMapping limits:
                    config = config with { Limits = Limits(source, limits, diagnostics) };
                    break;
                case "lint":
                    break; // read by the linter
                default:
                    diagnostics.Add(DiagnosticCatalog.UnknownKey, source.Location(key.Start), key.Value, ProjectConfig.FileName, " (known: build, lint, limits)");
                    break;
            }
        }

        return config;
    }

    private static ProjectConfig Build(ProjectConfig config, SourceText source, YamlMapping build, DiagnosticBag diagnostics)
    {
        foreach (var (key, value) in build.Entries)
        {
            switch (key.Value)
            {
                case "specs":
                    config = config with { Specs = Strings(source, value, "build.specs", diagnostics) };
                    break;
                case "output":
                    config = config with { Output = String(source, value, "build.output", diagnostics) };
                    break;
                case "templates":
                    config = config with { Templates = String(source, value, "build.templates", diagnostics) };
                    break;
                case "formats":
                    config = config with { Formats = Strings(source, value, "build.formats", diagnostics) };
                    break;
                default:
                    diagnostics.Add(DiagnosticCatalog.UnknownKey, source.Location(key.Start), key.Value, "build", " (known: specs, output, templates, formats)");
                    break;
            }
        }

        return config;
    }

    private static InputLimits Limits(SourceText source, YamlMapping limits, DiagnosticBag diagnostics)
    {
        var result = InputLimits.Default;
        foreach (var (key, value) in limits.Entries)
        {
            switch (key.Value)
            {
                case "max_input_size":
                    result = ByteSize.TryParse(String(source, value, "limits.max_input_size", diagnostics), out var bytes)
                        ? result with { MaxInputBytes = bytes }
                        : Invalid(result, value, "limits.max_input_size", "a size such as 8MB, 512KB or a number of bytes");
                    break;
                case "max_yaml_depth":
                    result = PositiveInt(value) is { } depth ? result with { MaxYamlDepth = depth } : Invalid(result, value, "limits.max_yaml_depth", "a whole number above 0");
                    break;
                case "max_yaml_nodes":
                    result = PositiveInt(value) is { } nodes ? result with { MaxYamlNodes = nodes } : Invalid(result, value, "limits.max_yaml_nodes", "a whole number above 0");
                    break;
                default:
                    diagnostics.Add(DiagnosticCatalog.UnknownKey, source.Location(key.Start), key.Value, "limits", " (known: max_input_size, max_yaml_depth, max_yaml_nodes)");
                    break;
            }
        }

        return result;

        InputLimits Invalid(InputLimits unchanged, YamlNode node, string what, string expected)
        {
            diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(node.Start), what, expected);
            return unchanged;
        }

        static int? PositiveInt(YamlNode node) =>
            node is YamlScalar s && int.TryParse(s.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
    }

    private static string? String(SourceText source, YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { IsNull: false } s)
        {
            return s.Value;
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(node.Start), what, "a string");
        return null;
    }

    private static List<string>? Strings(SourceText source, YamlNode node, string what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar { IsNull: false } single)
        {
            return [single.Value];
        }

        if (node is YamlSequence seq && seq.Items.All(i => i is YamlScalar))
        {
            return [.. seq.Items.Cast<YamlScalar>().Select(s => s.Value)];
        }

        diagnostics.Add(DiagnosticCatalog.WrongType, source.Location(node.Start), what, "a string or a list of strings");
        return null;
    }
}
