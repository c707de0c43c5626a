using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>The indicative content for one criterion: definitions of its key terms and loose notes.</summary>
public sealed record IndicativeContent(
    string CriterionId,
    ImmutableArray<Definition> Definitions,
    ImmutableArray<LocatedText> Notes,
    SourceLocation? Location = null);
