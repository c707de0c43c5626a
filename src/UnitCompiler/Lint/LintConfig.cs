using System.Collections.Immutable;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint;

/// <summary>
/// How strict lint is: a severity (or off) per rule, the criterion word limit, extra command verbs
/// and verb pairs that are a set phrase rather than two actions. Read from the <c>lint:</c> section
/// of <c>unitc.yaml</c>.
/// </summary>
public sealed record LintConfig(
    ImmutableDictionary<string, DiagnosticSeverity?> Severities,
    int MaxCriterionWords,
    ImmutableHashSet<string> ExtraVerbs,
    ImmutableHashSet<string> AllowedPairs)
{
    public static LintConfig Default { get; } = new(
        ImmutableDictionary<string, DiagnosticSeverity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        MaxCriterionWords: 45,
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase),
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase));
}
