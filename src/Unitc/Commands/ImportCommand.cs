using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.IO;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc import UNIT.txt [--guidance SYNOPSIS.txt] [--output FILE | -]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var unit = new Argument<string>("unit") { Description = "The unit as exported (text with Markdown headings and HTML table rows)." };
        var guidance = new Option<string?>("--guidance", "-g") { Description = "A topic synopsis of study guidance to add to the spec, each item aligned to the criteria it serves." };
        var verify = new Option<bool>("--verify") { Description = "Check that every word of the export is in the spec; list any that are not." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the spec; '-' for standard output. Default: spec/<ref>.yaml." };
        var command = new Command("import", "Read a unit export into a YAML spec.") { unit, guidance, output, verify };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetRequiredValue(unit), parse.GetValue(guidance), parse.GetValue(output), parse.GetValue(verify), parse.InvocationConfiguration)));
        return command;
    }

    private static int Run(string path, string? guidancePath, string? output, bool verify, InvocationConfiguration io)
    {
        if (ProjectSettings.Load(io) is not { } config)
        {
            return ExitCodes.Failure;
        }

        var result = UnitImporter.ImportFile(path, config.Limits);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        var unit = result.Unit;
        if (verify && result.Unit is not null && File.Exists(path))
        {
            var missing = LosslessCheck.MissingWords(File.ReadAllText(path), result.Unit);
            if (missing.Count > 0)
            {
                diagnostics.Add(DiagnosticCatalog.WordsLost, SourceLocation.File(path), missing.Values.Sum(), string.Join(", ", missing.Select(m => m.Value > 1 ? $"{m.Key} ({m.Value})" : m.Key)));
            }
        }

        if (unit is not null && guidancePath is not null)
        {
            unit = GuidanceImporter.AddFile(unit, guidancePath, diagnostics, config.Limits);
        }

        Reporter.Print(io.Error, diagnostics.ToImmutable());
        if (diagnostics.HasErrors || unit is null)
        {
            return ExitCodes.Failure;
        }

        var yaml = SpecWriter.Write(unit);
        if (output == "-")
        {
            io.Output.Write(yaml);
            return ExitCodes.Success;
        }

        var target = output ?? SpecFiles.DefaultPath(unit);
        try
        {
            AtomicFile.WriteText(target, yaml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Reporter.Print(io.Error, [DiagnosticCatalog.WriteFailed.Create(SourceLocation.File(target), e.Message)]);
            return ExitCodes.Failure;
        }

        io.Error.WriteLine($"wrote {target}");
        return ExitCodes.Success;
    }
}
