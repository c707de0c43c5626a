using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>One guidance item. <see cref="Criteria"/> is best first; each score says why.</summary>
public sealed record GuidanceItem(
    LocatedText? Title,
    LocatedText Text,
    ImmutableArray<CriterionAlignment> Criteria,
    SourceLocation? Location = null)
{
    /// <summary>
    /// True when a writer reviewed <see cref="Criteria"/> (kept as the aligner gave them, or edited):
    /// <c>unitc align</c> leaves a confirmed item's criteria alone (format 2).
    /// </summary>
    public bool Confirmed { get; init; }
}

/// <summary>A criterion an item serves and the score that ranked it there.</summary>
public sealed record CriterionAlignment(string CriterionId, double Score);
