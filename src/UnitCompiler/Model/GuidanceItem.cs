using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>One guidance item. <see cref="Criteria"/> is best first; each score says why.</summary>
public sealed record GuidanceItem(
    LocatedText? Title,
    LocatedText Text,
    ImmutableArray<CriterionAlignment> Criteria,
    SourceLocation? Location = null);

/// <summary>A criterion an item serves and the score that ranked it there.</summary>
public sealed record CriterionAlignment(string CriterionId, double Score);
