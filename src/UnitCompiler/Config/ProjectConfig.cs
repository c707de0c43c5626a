using UnitCompiler.IO;

namespace UnitCompiler.Config;

/// <summary>
/// The optional <c>unitc.yaml</c> at the project root: where specs, documents and templates live and
/// which formats to build, the way other documentation tools keep a config file. Command-line
/// options win over it; it wins over the defaults.
/// </summary>
public sealed record ProjectConfig(IReadOnlyList<string>? Specs, string? Output, string? Templates, IReadOnlyList<string>? Formats)
{
    public const string FileName = "unitc.yaml";

    public static ProjectConfig Empty { get; } = new(null, null, null, null);

    /// <summary>What one input may cost (<c>limits:</c>), for every command that reads specs or exports.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}
