using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc fmt [SPEC|DIR...] [--check]</c></summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 naming each file that is not canonical." };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("fmt", "Rewrite unit and qualification specs in canonical form.") { specs, check, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(specs) ?? [], parse.GetValue(check), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, bool check, string? configPath, Reporter reporter, InvocationConfiguration io)
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
            var canonical = spec switch
            {
                { Unit: { } unit, Source: { } source } => SpecFormatter.Format(unit, source, spec.HasBom),
                { Qualification: { } qualification, Source: { } source } => SpecFormatter.Format(qualification, source, spec.HasBom),
                _ => null,
            };
            if (canonical is null)
            {
                continue;
            }

            if (check)
            {
                diagnostics.Add(DiagnosticCatalog.NotCanonical, SourceLocation.File(file));
            }
            else if (ProjectWriter.TryWriteText(file, canonical, diagnostics))
            {
                io.Error.WriteLine($"formatted {file}");
            }
        }

        reporter.Report(diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
