using System.Collections.Immutable;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint;

/// <summary>
/// How strict lint is: a severity (or off) per rule, the criterion word limit, extra command verbs
/// and verb pairs that are a set phrase rather than two actions, the spelling style, and the verbs
/// the level guide keeps quiet about. Read from the <c>lint:</c> section of <c>unitc.yaml</c>.
/// </summary>
public sealed record LintConfig(
    ImmutableDictionary<string, DiagnosticSeverity?> Severities,
    int MaxCriterionWords,
    ImmutableHashSet<string> ExtraVerbs,
    ImmutableHashSet<string> AllowedPairs)
{
    /// <summary><c>lint.spelling</c>: <c>british</c> (-ise, the default) or <c>oxford</c> (-ize accepted).</summary>
    public SpellingStyle Spelling { get; init; } = SpellingStyle.British;

    /// <summary>
    /// <c>lint.level_quiet_verbs</c>: verbs common at every level, which the level guide (UNITC1004)
    /// does not mention. An empty list makes it mention every verb outside its usual levels.
    /// </summary>
    public ImmutableHashSet<string> LevelQuietVerbs { get; init; } = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "describe", "explain", "identify");

    public static LintConfig Default { get; } = new(
        ImmutableDictionary<string, DiagnosticSeverity?>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase),
        MaxCriterionWords: 45,
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase),
        ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase));
}
