namespace UnitCompiler.Render;

/// <summary>
/// A template rendered, but what it printed cannot be packaged into its format (malformed
/// WordprocessingML, a CSV row that never closes its quote). Line and column are 0-based and point
/// into the rendered output, which is what the template author can inspect.
/// </summary>
internal sealed class TemplateOutputException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
