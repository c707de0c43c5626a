using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Lint;
using UnitCompiler.Text;
using UnitCompiler.Yaml;

namespace UnitCompiler.Project;

/// <summary>
/// Reads <c>unitc.yaml</c>, every section, with the shape checks specs get (<see cref="YamlShape"/>):
/// unknown keys with a "did you mean", a value of the wrong type reported as a wrong type, repeated keys.
/// </summary>
public static class ProjectConfigReader
{
    private static readonly string[] Sections = ["build", "lint", "limits", "exchange", "diff"];

    /// <summary>The config in <paramref name="folder"/>, or <see cref="ProjectConfig.Empty"/> when there is none.</summary>
    public static ProjectConfig Read(string folder, DiagnosticBag diagnostics) =>
        ReadFile(Path.Combine(folder, ProjectConfig.FileName), diagnostics);

    /// <summary>The config in the file <paramref name="path"/>, or <see cref="ProjectConfig.Empty"/> when there is none.</summary>
    public static ProjectConfig ReadFile(string path, DiagnosticBag diagnostics) =>
        File.Exists(path) && new FileInfo(path).Length > 0 && InputFile.ReadText(path, InputLimits.Default, diagnostics) is { } source ? Read(source, diagnostics) : ProjectConfig.Empty;

    /// <summary>The config in <paramref name="source"/> (the text of a unitc.yaml).</summary>
    public static ProjectConfig Read(SourceText source, DiagnosticBag diagnostics)
    {
        // A unitc.yaml of comments only (settings to come) sets nothing, as no file does.
        if (source.Text.Split('\n').All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#')))
        {
            return ProjectConfig.Empty;
        }

        if (YamlTreeReader.Read(source, InputLimits.Default, diagnostics) is not { } root)
        {
            return ProjectConfig.Empty;
        }

        var shape = new YamlShape(source, diagnostics);
        if (shape.Mapping(root, ProjectConfig.FileName) is not { } map)
        {
            return ProjectConfig.Empty;
        }

        var keys = shape.Keys(map, ProjectConfig.FileName, Sections);
        var config = ProjectConfig.Empty;
        if (keys.TryGetValue("build", out var build) && shape.Mapping(build, "build") is { } b)
        {
            config = Build(config, shape, b);
        }

        if (keys.TryGetValue("limits", out var limits) && shape.Mapping(limits, "limits") is { } l)
        {
            config = config with { Limits = Limits(shape, l) };
        }

        if (keys.TryGetValue("lint", out var lint) && shape.Mapping(lint, "lint") is { } m)
        {
            config = config with { Lint = LintConfigReader.Read(shape, m) };
        }

        if (keys.TryGetValue("exchange", out var exchange) && shape.Mapping(exchange, "exchange") is { } e)
        {
            var (settings, output) = Exchange.ExchangeConfigReader.Read(shape, e);
            config = config with { Exchange = settings, ExchangeOutput = output };
        }

        if (keys.TryGetValue("diff", out var diff) && shape.Mapping(diff, "diff") is { } d)
        {
            config = config with { Diff = Changes.DiffConfigReader.Read(shape, d) };
        }

        return config;
    }

    private static ProjectConfig Build(ProjectConfig config, YamlShape shape, YamlMapping build)
    {
        var keys = shape.Keys(build, "build", "specs", "output", "templates", "formats", "print_confidence", "confirmed_only");
        return config with
        {
            Specs = keys.TryGetValue("specs", out var specs) ? shape.StringOrStrings(specs, "build.specs") : null,
            Output = keys.TryGetValue("output", out var output) ? shape.String(output, "build.output") : null,
            Templates = keys.TryGetValue("templates", out var templates) ? shape.String(templates, "build.templates") : null,
            Formats = keys.TryGetValue("formats", out var formats) ? shape.StringOrStrings(formats, "build.formats") : null,
            PrintConfidence = keys.TryGetValue("print_confidence", out var confidence) ? Confidence(shape, confidence) : null,
            ConfirmedOnly = keys.TryGetValue("confirmed_only", out var confirmed) ? YesOrNo(shape, confirmed, "build.confirmed_only") : null,
        };
    }

    private static bool? YesOrNo(YamlShape shape, YamlNode node, string what)
    {
        if (node is YamlScalar { IsQuotedOrTagged: false, Value: "true" or "false" } s)
        {
            return s.Value == "true";
        }

        shape.WrongType(node, what, "true or false");
        return null;
    }

    private static double? Confidence(YamlShape shape, YamlNode node)
    {
        if (node is YamlScalar { IsNull: false } s
            && double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= 1)
        {
            return value;
        }

        shape.WrongType(node, "build.print_confidence", "a number from 0 to 1");
        return null;
    }

    private static InputLimits Limits(YamlShape shape, YamlMapping limits)
    {
        var keys = shape.Keys(limits, "limits", "max_input_size", "max_yaml_depth", "max_yaml_nodes");
        var result = InputLimits.Default;
        if (keys.TryGetValue("max_input_size", out var size))
        {
            const string sizeShape = "a size such as 8MB, 512KB or a number of bytes";
            if (size is YamlScalar { IsNull: false } s && ByteSize.TryParse(s.Value, out var bytes))
            {
                result = result with { MaxInputBytes = bytes };
            }
            else
            {
                shape.WrongType(size, "limits.max_input_size", sizeShape);
            }
        }

        if (keys.TryGetValue("max_yaml_depth", out var depth) && shape.PositiveInt(depth, "limits.max_yaml_depth") is { } d)
        {
            result = result with { MaxYamlDepth = d };
        }

        if (keys.TryGetValue("max_yaml_nodes", out var nodes) && shape.PositiveInt(nodes, "limits.max_yaml_nodes") is { } n)
        {
            result = result with { MaxYamlNodes = n };
        }

        return result;
    }
}
