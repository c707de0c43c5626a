using UnitCompiler.Diagnostics;
using UnitCompiler.Spec;

namespace UnitCompiler.Project;

/// <summary>
/// The project a command runs in: its folder and its unitc.yaml, read once. Every command opens it
/// first and takes its settings from <see cref="Settings"/>, so a setting means the same to every command.
/// </summary>
public sealed class UnitcProject
{
    private UnitcProject(string folder, ProjectConfig config)
    {
        Folder = folder;
        Config = config;
    }

    public string Folder { get; }

    public ProjectConfig Config { get; }

    /// <summary>The default output folder of a build.</summary>
    public static string DefaultOutput => "out";

    /// <summary>
    /// The project in <paramref name="folder"/>, its config read from <paramref name="configPath"/> when
    /// given (which must then exist) or from the folder's unitc.yaml when there is one. Null, with
    /// the problems in <paramref name="diagnostics"/>, when the config has errors: its settings cannot be trusted.
    /// </summary>
    public static UnitcProject? Open(string folder, string? configPath, DiagnosticBag diagnostics)
    {
        if (configPath is not null && !File.Exists(configPath))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound, SourceLocation.File(configPath));
            return null;
        }

        var config = ProjectConfigReader.ReadFile(configPath ?? Path.Combine(folder, ProjectConfig.FileName), diagnostics);
        return diagnostics.HasErrors ? null : new UnitcProject(folder, config);
    }

    /// <summary>The one place command-line options are merged over unitc.yaml, and unitc.yaml over the defaults.</summary>
    public ProjectSettings Settings(CommandLineOverrides overrides) => new(
        overrides.Inputs.Count > 0 ? overrides.Inputs : Config.Specs ?? [SpecFiles.DefaultFolder],
        overrides.Output ?? Config.Output ?? DefaultOutput,
        overrides.Templates ?? Config.Templates,
        overrides.Formats ?? Config.Formats ?? BuildOptions.DefaultFormats,
        Config.Limits,
        Config.Lint)
    {
        Exchange = Config.Exchange,
        ExchangeOutput = overrides.Output ?? Config.ExchangeOutput ?? "exchange",
        PrintConfidence = Config.PrintConfidence ?? Guidance.GuidanceAligner.PrintConfidence,
        ConfirmedOnly = Config.ConfirmedOnly ?? false,
    };
}
