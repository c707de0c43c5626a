using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>A term shown in bold in a criterion or its sub-items: the words the indicative content defines.</summary>
public sealed record KeyTerm(LocatedText Text)
{
    public string Value => Text.Value;

    /// <summary>Bold spans (<c>**x**</c> or <c>__x__</c>) of the criterion text, then of each sub-item, then of the words after them.</summary>
    public static ImmutableArray<KeyTerm> Extract(LocatedText text, ImmutableArray<CriterionItem> items, LocatedText? afterItems)
    {
        var terms = ImmutableArray.CreateBuilder<KeyTerm>();
        AddBoldSpans(text, terms);
        foreach (var item in items.IsDefault ? [] : items)
        {
            AddBoldSpans(item.Text, terms);
        }

        if (afterItems is not null)
        {
            AddBoldSpans(afterItems, terms);
        }

        return terms.ToImmutable();
    }

    private static void AddBoldSpans(LocatedText text, ImmutableArray<KeyTerm>.Builder terms)
    {
        foreach (var (start, length) in MarkdownInline.BoldSpans(text.Value))
        {
            var words = text.Value.Substring(start, length);
            terms.Add(new KeyTerm(new LocatedText(words, text.Origin.Slice(start, length))));
        }
    }
}
