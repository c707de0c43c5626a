namespace UnitCompiler.Spec;

/// <summary>
/// The JSON Schema (draft 2020-12) of the qualification spec, embedded from
/// <c>qualification.schema.json</c>. The same file is committed as <c>spec/qualification.schema.json</c>
/// beside the unit schema for editors; a test keeps the two identical.
/// </summary>
public static class QualificationSchema
{
    public const string FileName = "qualification.schema.json";

    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(QualificationSchema).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
