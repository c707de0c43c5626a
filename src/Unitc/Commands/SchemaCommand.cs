using System.CommandLine;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc schema</c>: the JSON Schema of the spec, for editors and other tools.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the spec format.");
        command.SetAction((parse, _) =>
        {
            parse.InvocationConfiguration.Output.Write(SpecSchema.Text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
