using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc lint [SPEC|UNIT.txt|DIR...] [--report text|json|sarif|github] [--config unitc.yaml] [--warnings-as-errors] [--explain ID]</c></summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Specs, unit exports (.txt) or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var format = Reporter.FormatOption("--format");
        var config = CommandProject.ConfigOption();
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };
        var explain = new Option<string?>("--explain") { Description = "Print what a rule checks, why, and a bad and a good example." };
        var command = new Command("lint", "Check the wording of outcomes and criteria.") { paths, format, config, strict, explain };
        command.SetAction((parse, _) =>
        {
            if (parse.GetValue(explain) is { } id)
            {
                return Task.FromResult(Explain(id, parse.InvocationConfiguration));
            }

            using var reporter = Reporter.ForLint(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(paths) ?? [], parse.GetValue(config), parse.GetValue(strict), reporter);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, string? configPath, bool strict, Reporter reporter)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides(paths));
        var failing = false;
        foreach (var findings in ProjectLint.LintFiles(settings.Inputs, settings.Lint, settings.Limits))
        {
            reporter.Report(findings);
            failing |= findings.Any(f => f.Diagnostic.IsError || (strict && f.Diagnostic.Severity == DiagnosticSeverity.Warning));
        }

        return failing ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static int Explain(string id, InvocationConfiguration io)
    {
        if (DiagnosticCatalog.Find(id) is not { } d)
        {
            io.Error.WriteLine($"unitc: no rule or diagnostic has the id '{id}'. See docs/diagnostics.md.");
            return ExitCodes.Usage;
        }

        io.Output.WriteLine($"{d.Id}: {d.Title} ({Diagnostic.SeverityWord(d.DefaultSeverity)} by default)");
        io.Output.WriteLine();
        io.Output.WriteLine(d.Help);
        return ExitCodes.Success;
    }
}
