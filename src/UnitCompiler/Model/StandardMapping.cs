using System.Collections.Immutable;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Model;

/// <summary>
/// How the unit's criteria cover one apprenticeship standard's knowledge, skills and behaviours
/// (format 2, <c>standards:</c>): per criterion the KSB codes (K1, S3, B2: the standard's array
/// order) it serves, best first, with the score that ranked each. <c>unitc map</c> writes it; a
/// writer reviews it and marks a criterion's list confirmed, which later runs keep.
/// </summary>
public sealed record StandardMapping(string Standard, string Version, ImmutableArray<KsbMapping> Criteria, SourceLocation? Location = null)
{
    /// <summary>The standard's title, as <c>unitc map</c> read it (optional).</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Every KSB of the standard with its wording, as <c>unitc map</c> read them (optional: a mapping
    /// written before unitc stored them has none). The build's KSB view lists from it the KSBs no
    /// criterion covers without reading the standard's file.
    /// </summary>
    public ImmutableArray<StandardKsb> Ksbs { get; init; } = [];
}

/// <summary>One knowledge, skill or behaviour of a standard, by its code (K1, S1, B1) and wording.</summary>
public sealed record StandardKsb(string Code, string Text);

/// <summary>One criterion's KSBs, best first; <see cref="Confirmed"/> when a writer reviewed or edited them.</summary>
public sealed record KsbMapping(string CriterionId, ImmutableArray<KsbAlignment> Ksbs, bool Confirmed, SourceLocation? Location = null);

/// <summary>A KSB code and the score that ranked it (1 for a writer's own choice).</summary>
public sealed record KsbAlignment(string Code, double Score);
