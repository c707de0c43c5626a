using UnitCompiler.IO;
using UnitCompiler.Lint;

namespace UnitCompiler.Project;

/// <summary>
/// The settings a command runs with, command line merged over unitc.yaml over the defaults
/// (<see cref="UnitcProject.Settings"/>); every command takes its inputs, limits and lint settings from here.
/// </summary>
/// <param name="Inputs">The files and folders to read, as named (folders not yet expanded).</param>
/// <param name="Output">The folder documents are built into.</param>
/// <param name="Templates">A folder of templates replacing the defaults by name, or null.</param>
/// <param name="Formats">The document formats to build.</param>
/// <param name="Limits">What one input may cost.</param>
/// <param name="Lint">How strict lint is.</param>
public sealed record ProjectSettings(
    IReadOnlyList<string> Inputs,
    string Output,
    string? Templates,
    IReadOnlyCollection<string> Formats,
    InputLimits Limits,
    LintConfig Lint)
{
    /// <summary>The <c>exchange:</c> settings (unitc.yaml over the defaults).</summary>
    public Exchange.ExchangeSettings Exchange { get; init; } = UnitCompiler.Exchange.ExchangeSettings.Default;

    /// <summary>Where <c>unitc export</c> writes: <c>--output</c>, else <c>exchange.output</c>, else <c>exchange</c>.</summary>
    public string ExchangeOutput { get; init; } = "exchange";

    /// <summary>The least alignment score at which documents print a guidance item under a criterion.</summary>
    public double PrintConfidence { get; init; } = Guidance.GuidanceAligner.PrintConfidence;

    /// <summary>Whether documents print only the alignments a writer confirmed.</summary>
    public bool ConfirmedOnly { get; init; }

    /// <summary>The files the inputs name, folders expanded to their specs.</summary>
    public IReadOnlyList<string> Files() => ProjectInputs.Expand(Inputs);

    /// <summary>
    /// Where <c>unitc import</c> writes a new spec: the first spec folder the project names
    /// (<c>build.specs</c>), so an imported unit lands where build, fmt, lint and align look.
    /// </summary>
    public string SpecFolder => Inputs.FirstOrDefault(i => !i.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !i.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) && !i.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        ?? Spec.SpecFiles.DefaultFolder;
}
