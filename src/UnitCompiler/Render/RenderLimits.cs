namespace UnitCompiler.Render;

/// <summary>
/// What one template render may cost. A unit's documents are tens of kilobytes; these bounds stop a
/// hostile or broken template from hanging or filling the disk, and each has a test.
/// </summary>
public sealed record RenderLimits(int LoopLimit, int RecursiveLimit, int OutputLimit, TimeSpan Timeout)
{
    public static RenderLimits Default { get; } = new(LoopLimit: 10_000, RecursiveLimit: 64, OutputLimit: 8 * 1024 * 1024, Timeout: TimeSpan.FromSeconds(10));
}
