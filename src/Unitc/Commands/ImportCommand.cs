using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Import;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc import UNIT.txt [--guidance SYNOPSIS.txt] [--output FILE | -] [--verify]</c>, or <c>unitc import --from case PACKAGE.json</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var unit = new Argument<string>("unit") { Description = "The unit as exported (text with Markdown headings and HTML table rows)." };
        var guidance = new Option<string?>("--guidance", "-g") { Description = "A topic synopsis of study guidance to add to the spec, each item aligned to the criteria it serves." };
        var verify = new Option<bool>("--verify") { Description = "Check that every word of the export is in the spec; list any that are not." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the spec; '-' for standard output. Default: spec/<ref>.yaml (the first folder of build.specs in unitc.yaml)." };
        var from = new Option<string>("--from") { Description = "What the file is: export (a unit export, the default) or case (a CASE 1.1 CFPackage).", DefaultValueFactory = _ => "export" };
        from.AcceptOnlyFromAmong("export", "case");
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("import", "Read a unit export (or a CASE package) into a YAML spec.") { unit, from, guidance, output, verify, format, config };
        command.SetAction((parse, _) =>
        {
            var target = parse.GetValue(output);
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration, outputTaken: target == "-");
            var exit = parse.GetValue(from) == "case"
                ? RunCase(parse.GetRequiredValue(unit), parse.GetValue(guidance), target, parse.GetValue(verify), parse.GetValue(config), reporter, parse.InvocationConfiguration)
                : Run(parse.GetRequiredValue(unit), parse.GetValue(guidance), target, parse.GetValue(verify), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string path, string? guidancePath, string? output, bool verify, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(CommandLineOverrides.None);
        var export = InputLoader.LoadExport(path, settings.Limits);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(export.Diagnostics);
        var unit = export.Unit;
        if (verify && unit is not null && export.Source is { } source)
        {
            // The text the import read, decoded once: a second reading of the file could decode it otherwise.
            var missing = LosslessCheck.MissingWords(source.Text, unit);
            if (missing.Count > 0)
            {
                diagnostics.Add(DiagnosticCatalog.WordsLost, SourceLocation.File(path), missing.Values.Sum(), string.Join(", ", missing.Select(m => m.Value > 1 ? $"{m.Key} ({m.Value})" : m.Key)));
            }
        }

        if (unit is not null && guidancePath is not null)
        {
            unit = InputLoader.AddGuidance(unit, guidancePath, diagnostics, settings.Limits);
        }

        if (diagnostics.HasErrors || unit is null)
        {
            reporter.Report(diagnostics.ToImmutable());
            return ExitCodes.Failure;
        }

        return Write(unit, output, settings, diagnostics, reporter, io);
    }

    private static int RunCase(string path, string? guidancePath, string? output, bool verify, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (guidancePath is not null || verify)
        {
            io.Error.WriteLine("unitc: --guidance and --verify read unit exports; import the CASE package first, then add guidance with align.");
            return ExitCodes.Usage;
        }

        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(CommandLineOverrides.None);
        var diagnostics = new DiagnosticBag();
        var read = UnitCompiler.IO.InputFile.ReadText(path, settings.Limits, diagnostics) is { } source ? UnitCompiler.Exchange.Case.CaseReader.Read(source) : null;
        if (read is not null)
        {
            diagnostics.AddRange(read.Diagnostics);
        }

        if (diagnostics.HasErrors || read?.Unit is not { } unit)
        {
            reporter.Report(diagnostics.ToImmutable());
            return ExitCodes.Failure;
        }

        return Write(unit, output, settings, diagnostics, reporter, io);
    }

    private static int Write(UnitCompiler.Model.Unit unit, string? output, ProjectSettings settings, DiagnosticBag diagnostics, Reporter reporter, InvocationConfiguration io)
    {
        var yaml = SpecWriter.Write(unit);
        if (output == "-")
        {
            reporter.Report(diagnostics.ToImmutable());
            io.Output.Write(yaml);
            return ExitCodes.Success;
        }

        var target = output ?? SpecFiles.DefaultPath(unit, settings.SpecFolder);
        var written = ProjectWriter.TryWriteText(target, yaml, diagnostics);
        reporter.Report(diagnostics.ToImmutable());
        if (!written)
        {
            return ExitCodes.Failure;
        }

        io.Error.WriteLine($"wrote {target}");
        return ExitCodes.Success;
    }
}
