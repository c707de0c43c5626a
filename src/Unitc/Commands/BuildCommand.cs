using System.CommandLine;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc build [SPEC|DIR...] [--output DIR] [--templates DIR] [--format html,md,csv] [--report text|json|sarif|github] [--check] [--jobs N]</c></summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        _ = BuildTimings.Enabled; // starts the clock of UNITC_TIMINGS=1 before the command line is parsed
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "The output folder (default: out/, or build.output in unitc.yaml)." };
        var templates = new Option<string?>("--templates") { Description = "A folder of templates that replace the defaults by file name (default: build.templates in unitc.yaml)." };
        var formats = new Option<string?>("--format") { Description = "Comma-separated formats to build: html, md, csv, docx, xlsx, pdf (default: html,md,csv, or build.formats in unitc.yaml)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 naming every stale or missing document." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Units built at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("build", "Render every spec into assessor checklists, learner workbooks and mapping grids.") { specs, output, templates, formats, check, jobs, format, config };
        command.SetAction((parse, _) =>
        {
            BuildTimings.Mark("command line");
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration);
            var overrides = new CommandLineOverrides(parse.GetValue(specs) ?? [])
            {
                Output = parse.GetValue(output),
                Templates = parse.GetValue(templates),
                Formats = parse.GetValue(formats)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            };
            var exit = Run(overrides, parse.GetValue(check), parse.GetValue(jobs), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(CommandLineOverrides overrides, bool check, int jobs, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(overrides);
        var options = new BuildOptions(settings.Inputs, settings.Output, settings.Templates, settings.Formats, check, jobs) { Limits = settings.Limits, PrintConfidence = settings.PrintConfidence, ConfirmedOnly = settings.ConfirmedOnly };

        // Progress only on a terminal: CI logs and redirected output stay quiet.
        var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        var result = BuildRunner.Run(options, interactive ? line => io.Error.Write($"\r{line}\u001b[K") : null);
        if (interactive)
        {
            io.Error.Write("\r\u001b[K");
        }

        reporter.Report(result.Diagnostics);
        foreach (var line in BuildTimings.Report())
        {
            io.Error.WriteLine(line); // UNITC_TIMINGS=1
        }

        if (!options.Check)
        {
            var qualifications = result.Qualifications > 0 ? $" and {result.Qualifications} qualification(s)" : string.Empty;
            io.Error.WriteLine($"{result.Units} unit(s){qualifications}: {result.Written} document(s) written, {result.Unchanged} unchanged, in {options.OutputFolder}");
        }

        return result.NotRunAsAsked ? ExitCodes.Usage : result.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
