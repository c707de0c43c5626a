using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>
/// An assessment criterion: "The learner can: ...". <see cref="Terms"/> are the bold key terms of
/// the text and the sub-items, in order; they are derived from the text, never edited apart from it.
/// </summary>
public sealed record AssessmentCriterion(
    string Id,
    LocatedText Text,
    ImmutableArray<CriterionItem> Items,
    ImmutableArray<Suppression> Suppressions,
    SourceLocation? Location = null)
{
    public ImmutableArray<KeyTerm> Terms { get; } = KeyTerm.Extract(Text, Items);

    /// <summary>The outcome number this criterion claims: "3" for "3.4".</summary>
    public string OutcomeId => Id.Split('.')[0];
}
