namespace UnitCompiler.Diagnostics;

/// <summary>How much a diagnostic matters. Ordered so that comparisons read naturally.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
