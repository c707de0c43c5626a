using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Project;

namespace Unitc;

/// <summary>
/// The first step of every command: the project of the folder it runs in, opened the same way by
/// each. A config with errors stops the command before it touches any input (its settings cannot
/// be trusted) and exits <see cref="ExitCodes.Configuration"/> from every command.
/// </summary>
internal static class CommandProject
{
    /// <summary>The <c>--config</c> option every command that reads the project takes.</summary>
    public static Option<string?> ConfigOption() =>
        new("--config") { Description = "The config file (default: unitc.yaml in the current folder)." };

    /// <summary>The project, or null with its config problems reported.</summary>
    public static UnitcProject? Open(Reporter reporter, string? configPath)
    {
        var diagnostics = new DiagnosticBag();
        var project = UnitcProject.Open(Directory.GetCurrentDirectory(), configPath, diagnostics);
        reporter.Report(diagnostics.ToImmutable());
        return project;
    }
}
