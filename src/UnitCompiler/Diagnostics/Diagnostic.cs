namespace UnitCompiler.Diagnostics;

/// <summary>One occurrence of a problem: what (descriptor), how bad (severity), where and the words.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public string Id => Descriptor.Id;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public Diagnostic WithSeverity(DiagnosticSeverity severity) => this with { Severity = severity };

    /// <summary>The MSBuild canonical form: <c>path(line,col): error UNITC0101: message</c>.</summary>
    public override string ToString() => $"{Location}: {SeverityWord(Severity)} {Id}: {Message}";

    /// <summary>MSBuild and problem matchers only pick up "error" and "warning"; infos print as "info".</summary>
    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
