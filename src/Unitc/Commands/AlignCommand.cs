using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc align [SPEC|DIR...]</c></summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("align", "Recompute which criteria each guidance item serves.") { specs, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(specs) ?? [], parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides(paths));
        var diagnostics = new DiagnosticBag();
        foreach (var file in settings.Files())
        {
            var spec = InputLoader.LoadSpec(file, settings.Limits);
            diagnostics.AddRange(spec.Diagnostics);
            if (spec is { Unit: { } unit, Source: { } source } && SpecAligner.Align(unit, source) is { } aligned && ProjectWriter.TryWriteText(file, aligned, diagnostics))
            {
                io.Error.WriteLine($"aligned {file}");
            }
        }

        reporter.Report(diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
