using System.CommandLine;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc export --to case|moodle [SPEC|DIR...] [--output DIR]</c></summary>
internal static class ExportCommand
{
    private static readonly string[] Targets = ["case", "moodle"];

    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to") { Description = "case: a CASE 1.1 CFPackage (JSON) per unit and per qualification; moodle: a Moodle competency-framework CSV per unit and per qualification.", Required = true };
        to.AcceptOnlyFromAmong(Targets);
        var output = new Option<string?>("--output", "-o") { Description = "The folder to write into (default: exchange/, or exchange.output in unitc.yaml)." };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("export", "Write each unit and qualification in a format other systems import: CASE 1.1 JSON or a Moodle competency framework.") { specs, to, output, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(specs) ?? [], parse.GetRequiredValue(to), parse.GetValue(output), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, string target, string? output, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides(paths) { Output = output });
        var result = ProjectExport.Run(settings, target == "case" ? ExchangeTarget.Case : ExchangeTarget.Moodle);
        foreach (var path in result.Written)
        {
            io.Error.WriteLine($"wrote {path}");
        }

        if (result.Unchanged > 0)
        {
            io.Error.WriteLine($"{result.Unchanged} export(s) unchanged");
        }

        reporter.Report(result.Diagnostics);
        return result.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
