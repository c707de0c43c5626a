using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>
/// An assessment criterion: "The learner can: ...". <see cref="Terms"/> are the bold key terms of
/// the text and the sub-items, in order; they are derived from the text, never edited apart from it,
/// and stay right after <c>with { Text = ... }</c> or <c>with { Items = ... }</c>.
/// </summary>
public sealed record AssessmentCriterion(
    string Id,
    LocatedText Text,
    ImmutableArray<CriterionItem> Items,
    ImmutableArray<Suppression> Suppressions,
    SourceLocation? Location = null)
{
    private readonly LocatedText _text = Text;
    private readonly ImmutableArray<CriterionItem> _items = Items;

    // Set again whenever the text or the items are: a copy made by `with` would otherwise keep the
    // terms of the criterion it was copied from.
    private readonly ImmutableArray<KeyTerm> _terms = KeyTerm.Extract(Text, Items);

    public LocatedText Text
    {
        get => _text;
        init
        {
            _text = value;
            _terms = KeyTerm.Extract(value, _items);
        }
    }

    public ImmutableArray<CriterionItem> Items
    {
        get => _items;
        init
        {
            _items = value;
            _terms = KeyTerm.Extract(_text, value);
        }
    }

    public ImmutableArray<KeyTerm> Terms => _terms;

    /// <summary>The outcome number this criterion claims: "3" for "3.4".</summary>
    public string OutcomeId => CriterionId.Parse(Id).Outcome;
}
