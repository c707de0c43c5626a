using System.Collections.Immutable;

namespace UnitCompiler.Diagnostics;

/// <summary>
/// Where a stage puts what it finds instead of throwing, so that one run reports every problem it
/// can. Not thread-safe: each unit of work owns its bag and hands the result on.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors { get; private set; }

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(descriptor.Create(location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>In file, then line, then column order, which is how people read a report.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => Sort(_items);

    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)];
}
