using UnitCompiler.IO;
using UnitCompiler.Lint;

namespace UnitCompiler.Project;

/// <summary>
/// The optional <c>unitc.yaml</c> at the project root, read once per run (<see cref="ProjectConfigReader"/>):
/// where specs, documents and templates live and which formats to build (<c>build:</c>), how strict
/// lint is (<c>lint:</c>) and what one input may cost (<c>limits:</c>). Command-line options win over
/// it (<see cref="UnitcProject.Settings"/>); it wins over the defaults.
/// </summary>
public sealed record ProjectConfig(IReadOnlyList<string>? Specs, string? Output, string? Templates, IReadOnlyList<string>? Formats)
{
    public const string FileName = "unitc.yaml";

    public static ProjectConfig Empty { get; } = new(null, null, null, null);

    /// <summary>What one input may cost (<c>limits:</c>), for every command that reads specs or exports.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>The <c>lint:</c> section.</summary>
    public LintConfig Lint { get; init; } = LintConfig.Default;

    /// <summary>The <c>exchange:</c> section: CASE identifiers and dates, the Moodle scale and taxonomy.</summary>
    public Exchange.ExchangeSettings Exchange { get; init; } = UnitCompiler.Exchange.ExchangeSettings.Default;

    /// <summary>Where <c>unitc export</c> writes (<c>exchange.output</c>), or null for the default.</summary>
    public string? ExchangeOutput { get; init; }

    /// <summary><c>build.print_confidence</c>: the least alignment score the documents print a guidance item under a criterion at; null for the calibrated default.</summary>
    public double? PrintConfidence { get; init; }

    /// <summary><c>build.confirmed_only</c>: print only the alignments a writer confirmed; null when unset.</summary>
    public bool? ConfirmedOnly { get; init; }

    /// <summary>The <c>diff:</c> section: how changes are classed, and the revision lint compares with.</summary>
    public Changes.DiffSettings Diff { get; init; } = Changes.DiffSettings.Default;
}
