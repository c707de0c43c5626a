using System.CommandLine;
using UnitCompiler.Diagnostics;
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
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the spec; '-' for standard output. Default: spec/<ref>.yaml." };
        var command = new Command("import", "Read a unit export into a YAML spec.") { unit, output };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetRequiredValue(unit), parse.GetValue(output), parse.InvocationConfiguration)));
        return command;
    }

    private static int Run(string path, string? output, InvocationConfiguration io)
    {
        var result = UnitImporter.ImportFile(path);
        Reporter.Print(io.Error, result.Diagnostics);
        if (result.HasErrors || result.Unit is null)
        {
            return ExitCodes.Failure;
        }

        var yaml = SpecWriter.Write(result.Unit);
        if (output == "-")
        {
            io.Output.Write(yaml);
            return ExitCodes.Success;
        }

        var target = output ?? SpecFiles.DefaultPath(result.Unit);
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
