using System.CommandLine;
using Unitc.Commands;

namespace Unitc;

/// <summary>The command tree. Each command declares its options and calls one library method.</summary>
public static class Cli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("unitc: compiles vocational qualification units into specs, documents and lint reports.");
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(FmtCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
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

        // Wrong usage exits 2, as the tools unitc sits beside (MSBuild, compilers) do.
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await configuration.Error.WriteLineAsync($"unitc: {e.Message}");
            }

            await configuration.Error.WriteLineAsync("Run 'unitc --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration);
    }
}
