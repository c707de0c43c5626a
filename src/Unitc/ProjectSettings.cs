using System.CommandLine;
using UnitCompiler.Config;
using UnitCompiler.Diagnostics;

namespace Unitc;

/// <summary>
/// The unitc.yaml of the folder a command runs in, read the same way by every command. A config
/// with errors stops the command before it touches any input: its settings cannot be trusted.
/// </summary>
internal static class ProjectSettings
{
    /// <summary>The config (or the defaults when there is none); null, with its problems printed, when it has errors.</summary>
    public static ProjectConfig? Load(InvocationConfiguration io, string? path = null)
    {
        var diagnostics = new DiagnosticBag();
        var config = ProjectConfigReader.ReadFile(path ?? Path.Combine(Directory.GetCurrentDirectory(), ProjectConfig.FileName), diagnostics);
        if (diagnostics.HasErrors)
        {
            Reporter.Print(io.Error, diagnostics.ToImmutable());
            return null;
        }

        return config;
    }
}
