using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Exchange.Standards;
using UnitCompiler.IO;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc map --standard STANDARD.json [SPEC|DIR...] [--output DIR]</c></summary>
internal static class MapCommand
{
    public static Command Create()
    {
        var specs = new Argument<string[]>("specs") { Description = "Spec files or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var standardOption = new Option<string>("--standard") { Description = "An apprenticeship standard in Skills England's JSON.", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "Where the KSB grids go (default: exchange/, or exchange.output in unitc.yaml)." };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("map", "Map each criterion to an apprenticeship standard's KSBs, store the mapping in the spec (confirmed criteria kept), and write the KSB grid with the KSBs no criterion covers.") { specs, standardOption, output, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(specs) ?? [], parse.GetRequiredValue(standardOption), parse.GetValue(output), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, string standardPath, string? output, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides(paths) { Output = output });
        var diagnostics = new DiagnosticBag();
        var standard = InputFile.ReadText(standardPath, settings.Limits, diagnostics) is { } text ? ApprenticeshipStandard.Read(text, diagnostics) : null;
        if (standard is null)
        {
            reporter.Report(diagnostics.ToImmutable());
            return ExitCodes.Failure;
        }

        foreach (var file in settings.Files())
        {
            var spec = InputLoader.LoadSpec(file, settings.Limits);
            diagnostics.AddRange(spec.Diagnostics);
            if (spec.Unit is not { } unit)
            {
                continue;
            }

            var mapped = KsbMapper.Map(unit, standard);
            var yaml = SpecWriter.Write(mapped);
            if (yaml != spec.Source?.Text && ExchangeFiles.WriteIfChanged(file, System.Text.Encoding.UTF8.GetBytes(yaml), diagnostics) == true)
            {
                io.Error.WriteLine($"mapped {file}");
            }

            var mapping = mapped.Standards.Single(s => s.Standard == standard.Reference);
            var stem = Path.Combine(settings.ExchangeOutput, $"{mapped.Header.FileStem}.{UnitCompiler.Model.UnitRef.ToFileStem(standard.Reference)}.ksb-grid");
            foreach (var (extension, bytes) in new[] { (".csv", KsbGrid.Csv(mapped, mapping, standard)), (".html", KsbGrid.Html(mapped, mapping, standard)), (".xlsx", KsbGrid.Xlsx(mapped, mapping, standard)) })
            {
                if (ExchangeFiles.WriteIfChanged(stem + extension, bytes, diagnostics) == true)
                {
                    io.Error.WriteLine($"wrote {stem + extension}");
                }
            }

            var gap = KsbMapper.Uncovered(mapping, standard);
            io.Output.WriteLine($"{mapped.Header.Ref} against {standard.Reference}: {standard.Ksbs.Length - gap.Length} of {standard.Ksbs.Length} KSBs covered; not covered: {(gap.IsEmpty ? "none" : string.Join(", ", gap.Select(k => k.Code)))}");
        }

        reporter.Report(diagnostics.ToImmutable());
        return diagnostics.HasErrors ? ExitCodes.Failure : ExitCodes.Success;
    }
}
