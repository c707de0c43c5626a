using System.CommandLine;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc schema [--qualification]</c>: the JSON Schema of the unit spec, or of the qualification spec, for editors and other tools.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var qualification = new Option<bool>("--qualification") { Description = "Print the schema of the qualification spec instead." };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the spec format.") { qualification };
        command.SetAction((parse, _) =>
        {
            parse.InvocationConfiguration.Output.Write(parse.GetValue(qualification) ? QualificationSchema.Text : SpecSchema.Text);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
