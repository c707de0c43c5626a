using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>
/// An assessment criterion: "The learner can: ...". <see cref="Terms"/> are the bold key terms of
/// the text, the sub-items and the words after them, in order; they are derived from the text, never
/// edited apart from it, and stay right after <c>with { Text = ... }</c>, <c>Items</c> or <c>AfterItems</c>.
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
    private readonly LocatedText? _afterItems;

    // Set again whenever the text, the items or the words after them are: a copy made by `with`
    // would otherwise keep the terms of the criterion it was copied from.
    private readonly ImmutableArray<KeyTerm> _terms = KeyTerm.Extract(Text, Items, null);

    public LocatedText Text
    {
        get => _text;
        init
        {
            _text = value;
            _terms = KeyTerm.Extract(value, _items, _afterItems);
        }
    }

    public ImmutableArray<CriterionItem> Items
    {
        get => _items;
        init
        {
            _items = value;
            _terms = KeyTerm.Extract(_text, value, _afterItems);
        }
    }

    /// <summary>
    /// Words that close the sentence after the sub-items ("Describe the hazards, including: a) ... c) ...
    /// and the control measures for each"): printed after the list, where the writer put them (format 3).
    /// Null when the criterion has none; a spec that sets it on a criterion without items is refused (UNITC0231).
    /// </summary>
    public LocatedText? AfterItems
    {
        get => _afterItems;
        init
        {
            _afterItems = value;
            _terms = KeyTerm.Extract(_text, _items, value);
        }
    }

    public ImmutableArray<KeyTerm> Terms => _terms;

    /// <summary>
    /// The criterion's own words on one line, for a change table or a consumer with one text field:
    /// its text and, where there are any, the words after its sub-items, the list shown as an ellipsis.
    /// </summary>
    public string Wording => _afterItems is null ? _text.Value : $"{_text.Value} … {_afterItems.Value}";

    /// <summary>The outcome number this criterion claims: "3" for "3.4".</summary>
    public string OutcomeId => CriterionId.Parse(Id).Outcome;
}
