using CsCheck;
using UnitCompiler.Tests.Import.Generated;

namespace UnitCompiler.Tests.Guidance.Generated;

/// <summary>Synopses' contents and layouts. Texts are sentences: nothing starts like a marker or reads as a heading.</summary>
internal static class SynopsisGen
{
    private static Gen<string> Phrase(int sector) =>
        from n in Gen.Int[1, 4]
        from nouns in Gen.OneOf(Vocabulary.Nouns[sector]).Array[n]
        from joiners in Gen.OneOf(Vocabulary.Joiners).Array[n]
        select string.Join(' ', nouns.Select((noun, i) => i == 0 ? noun : joiners[i] + " " + noun));

    private static Gen<string> Sentence(int sector) =>
        from opener in Gen.OneOf(Vocabulary.Openers)
        from predicate in Gen.OneOf(Vocabulary.Predicates)
        from phrase in Phrase(sector)
        select $"{opener} {predicate} {phrase}.";

    private static Gen<string> Sentences(int sector, int max) => Sentence(sector).Array[1, max].Select(s => string.Join(' ', s));

    private static Gen<DraftItem> Item(int sector, bool titled) =>
        from hasTitle in Gen.Int[0, 5]
        from title in Gen.OneOf(Vocabulary.Nouns[sector])
        from text in Sentences(sector, 2)
        select new DraftItem(titled && hasTitle > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : null, text);

    public static readonly Gen<SynopsisDraft> Draft =
        from sector in Gen.Int[0, Vocabulary.Nouns.Length - 1]
        from synopsis in Sentences(sector, 3).Array[1, 3]
        from keyConcepts in Item(sector, titled: true).Array[0, 6]
        from tips in Item(sector, titled: false).Array[0, 6]
        from misconceptions in Item(sector, titled: false).Array[0, 5]
        from marking in Item(sector, titled: false).Array[0, 6]
        select new SynopsisDraft(synopsis, [keyConcepts, tips, misconceptions, marking]);

    public static readonly Gen<int[]> Wordings = Gen.Int[0, 5].Array[5];

    public static readonly Gen<SynopsisKnobs> All =
        from wordings in Wordings
        from dress in Gen.Enum<HeadingDress>()
        from marker in Gen.OneOf(SynopsisKnobs.Markers)
        from indent in Gen.OneOf("", "  ", "\t")
        from layout in Gen.Bool.Array[4]
        from titles in Gen.Enum<TitleStyle>()
        from file in Gen.Bool.Array[4]
        select new SynopsisKnobs(wordings, dress, marker, indent, layout[0], layout[1], layout[2], titles, file[0], file[1], file[2], file[3]);
}
