namespace UnitCompiler.IO;

/// <summary>
/// Bounds on what one input may cost. Real units are tens of kilobytes; the defaults leave a wide
/// margin and exist so that the wrong file (a video, a database dump) fails fast with a message.
/// </summary>
public sealed record InputLimits(long MaxInputBytes, int MaxYamlDepth, int MaxYamlNodes)
{
    public static InputLimits Default { get; } = new(MaxInputBytes: 4 * 1024 * 1024, MaxYamlDepth: 64, MaxYamlNodes: 200_000);
}
