using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc fmt SPEC... [--check]</c></summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 naming each file that is not canonical." };
        var command = new Command("fmt", "Rewrite specs in canonical form.") { specs, check };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(specs) ?? [], parse.GetValue(check), parse.InvocationConfiguration)));
        return command;
    }

    private static int Run(string[] paths, bool check, InvocationConfiguration io)
    {
        if (ProjectSettings.Load(io) is not { } config)
        {
            return ExitCodes.Failure;
        }

        var diagnostics = new DiagnosticBag();
        var changed = 0;
        foreach (var file in SpecFiles.Expand(paths.Length == 0 ? [SpecFiles.DefaultFolder] : paths))
        {
            if (SpecFormatter.Format(file, check, diagnostics, config.Limits) && !check)
            {
                io.Error.WriteLine($"formatted {file}");
                changed++;
            }
        }

        Reporter.Print(io.Error, diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
