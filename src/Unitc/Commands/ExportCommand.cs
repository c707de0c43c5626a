using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Case;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Model;
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
        var diagnostics = new DiagnosticBag();
        var unchanged = 0;

        // Every spec is read once: a qualification's units are taken from the units loaded here.
        var specs = settings.Files().Select(file => (File: file, Spec: InputLoader.LoadSpec(file, settings.Limits))).ToList();
        var loaded = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (_, spec) in specs)
        {
            if (spec.Unit is { } u)
            {
                loaded.TryAdd(u.Header.Ref, u);
            }
        }

        var loadedFiles = specs.Select(s => s.File).ToList();
        foreach (var (file, spec) in specs)
        {
            diagnostics.AddRange(spec.Diagnostics);
            var at = SourceLocation.File(file);
            var extension = target == "case" ? CaseExport.Extension : MoodleFramework.Extension;
            byte[]? bytes;
            string stem;
            if (spec.Unit is { } unit)
            {
                bytes = target == "case" ? CaseExport.Package(unit, settings.Exchange, at, diagnostics) : MoodleFramework.Write(unit, settings.Exchange, at, diagnostics);
                stem = unit.Header.FileStem;
            }
            else if (spec.Qualification is { } qualification && !spec.Diagnostics.Any(d => d.IsError))
            {
                // A qualification is exported only when its rules hold: its units and their facts are what the package states.
                var found = new DiagnosticBag();
                var (check, units) = ProjectQualifications.Checked(qualification, file, loaded, loadedFiles, settings.Limits, found);
                diagnostics.AddRange(found.ToImmutable());
                bytes = found.HasErrors ? null
                    : target == "case" ? CaseExport.Package(qualification, check.Facts, units, settings.Exchange, at, diagnostics)
                    : MoodleFramework.Write(qualification, check.Facts, units, settings.Exchange, at, diagnostics);
                stem = UnitRef.ToFileStem(qualification.Header.Number);
            }
            else
            {
                continue;
            }

            if (bytes is null)
            {
                continue;
            }

            var path = Path.Combine(settings.ExchangeOutput, stem + extension);
            switch (ExchangeFiles.WriteIfChanged(path, bytes, diagnostics))
            {
                case true:
                    io.Error.WriteLine($"wrote {path}");
                    break;
                case false:
                    unchanged++;
                    break;
            }
        }

        if (unchanged > 0)
        {
            io.Error.WriteLine($"{unchanged} export(s) unchanged");
        }

        reporter.Report(diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
