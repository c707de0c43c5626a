using System.CommandLine;
using System.CommandLine.Parsing;
using Unitc.Commands;

namespace Unitc;

/// <summary>The command tree. Each command declares its options and calls one library method.</summary>
public static class Cli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("unitc: compiles vocational qualification units into specs, documents and lint reports.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(LintCommand.Create());
        root.Subcommands.Add(FmtCommand.Create());
        root.Subcommands.Add(AlignCommand.Create());
        root.Subcommands.Add(RouteCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(MapCommand.Create());
        return root;
    }

    public static async Task<int> Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parse = Create().Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        };

        // Wrong usage exits 2, as the tools unitc sits beside (MSBuild, compilers) do. A misspelt
        // option ("--chek") would otherwise be taken for a file name and fail as "file not found".
        var errors = parse.Errors.Select(e => e.Message)
            .Concat(parse.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal)).Select(t => $"Unrecognized option '{t.Value}'."))
            .ToList();
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                await configuration.Error.WriteLineAsync($"unitc: {e}");
            }

            await configuration.Error.WriteLineAsync("Run 'unitc --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration);
    }
}
