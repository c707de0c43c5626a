namespace UnitCompiler.Spec;

/// <summary>
/// The JSON Schema (draft 2020-12) of the spec, embedded from <c>unitc.schema.json</c>. The same
/// file is committed as <c>spec/unitc.schema.json</c> for editors; a test keeps the two identical
/// and checks the schema accepts every spec the writer produces.
/// </summary>
public static class SpecSchema
{
    public const string FileName = "unitc.schema.json";

    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(SpecSchema).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
