using System.Collections.Immutable;

namespace UnitCompiler.Diagnostics;

/// <summary>
/// Every diagnostic unitc can report, one partial file per stage, each stage in its own id range
/// (see <see cref="DiagnosticStage"/>). Ids are published: never renumber or reuse one. Beside each
/// descriptor stands the test file that makes it fire; docs/diagnostics.md documents each id and a
/// test keeps the two in step.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static List<DiagnosticDescriptor>? s_all;

    public static ImmutableArray<DiagnosticDescriptor> All => [.. s_all!.OrderBy(d => d.Id, StringComparer.Ordinal)];

    public static DiagnosticDescriptor? Find(string id) => s_all!.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    private static DiagnosticDescriptor Define(string id, DiagnosticStage stage, DiagnosticSeverity severity, string title, string message, string help)
    {
        // No initialiser on s_all: partial files' field initialisers run in an order C# leaves open.
        var descriptor = new DiagnosticDescriptor(id, title, message, severity, stage, help);
        (s_all ??= []).Add(descriptor);
        return descriptor;
    }
}
