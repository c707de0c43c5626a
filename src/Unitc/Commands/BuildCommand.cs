using System.CommandLine;
using UnitCompiler.Render;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc build [SPEC|DIR...] [--output DIR] [--templates DIR] [--format html,md,csv] [--check] [--jobs N]</c></summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "The output folder (default: out/, or build.output in unitc.yaml)." };
        var templates = new Option<string?>("--templates") { Description = "A folder of templates that replace the defaults by file name." };
        var format = new Option<string?>("--format") { Description = "Comma-separated formats to build: html, md, csv, docx, xlsx, pdf (default: html,md,csv, or build.formats in unitc.yaml)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 naming every stale or missing document." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Units built at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("build", "Render every spec into assessor checklists, learner workbooks and mapping grids.") { specs, output, templates, format, check, jobs };
        command.SetAction((parse, _) =>
        {
            // Command-line options win over unitc.yaml, which wins over the defaults.
            if (ProjectSettings.Load(parse.InvocationConfiguration) is not { } config)
            {
                return Task.FromResult(ExitCodes.Failure);
            }

            var paths = parse.GetValue(specs) ?? [];
            var formats = parse.GetValue(format)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = new BuildOptions(
                paths.Length > 0 ? paths : config.Specs ?? [SpecFiles.DefaultFolder],
                parse.GetValue(output) ?? config.Output ?? "out",
                parse.GetValue(templates) ?? config.Templates,
                formats ?? config.Formats ?? BuildOptions.DefaultFormats,
                parse.GetValue(check),
                parse.GetValue(jobs))
            {
                Limits = config.Limits,
            };
            return Task.FromResult(Run(options, parse.InvocationConfiguration));
        });
        return command;
    }

    private static int Run(BuildOptions options, InvocationConfiguration io)
    {
        // Progress only on a terminal: CI logs and redirected output stay quiet.
        var interactive = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        var result = BuildRunner.Run(options, interactive ? line => io.Error.Write($"\r{line}\u001b[K") : null);
        if (interactive)
        {
            io.Error.Write("\r\u001b[K");
        }

        Reporter.Print(io.Error, result.Diagnostics);
        if (!options.Check)
        {
            io.Error.WriteLine($"{result.Units} unit(s): {result.Written} document(s) written, {result.Unchanged} unchanged, in {options.OutputFolder}");
        }

        return result.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
