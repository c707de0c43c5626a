namespace UnitCompiler.Project;

/// <summary>What a command's options say about the project; null (or empty inputs) leaves unitc.yaml's setting, or the default, in force.</summary>
public sealed record CommandLineOverrides(IReadOnlyList<string> Inputs)
{
    public static CommandLineOverrides None { get; } = new([]);

    public string? Output { get; init; }

    public string? Templates { get; init; }

    public IReadOnlyList<string>? Formats { get; init; }
}
