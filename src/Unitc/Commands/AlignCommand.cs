using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc align SPEC...</c></summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("align", "Recompute which criteria each guidance item serves.") { specs };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(specs) ?? [], parse.InvocationConfiguration)));
        return command;
    }

    private static int Run(string[] paths, InvocationConfiguration io)
    {
        if (ProjectSettings.Load(io) is not { } config)
        {
            return ExitCodes.Failure;
        }

        var diagnostics = new DiagnosticBag();
        foreach (var file in SpecFiles.Expand(paths.Length == 0 ? [SpecFiles.DefaultFolder] : paths))
        {
            if (SpecAligner.AlignFile(file, diagnostics, config.Limits))
            {
                io.Error.WriteLine($"aligned {file}");
            }
        }

        Reporter.Print(io.Error, diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
