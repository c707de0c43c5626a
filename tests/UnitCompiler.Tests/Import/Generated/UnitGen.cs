using System.Collections.Immutable;
using CsCheck;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Units as the export format can express them and the spec records them: Markdown inline text with
/// bold key terms, no raw HTML, single spaces, nothing that reads as a number or letter marker
/// where it is not one. Assessment text holds no skill-outcome sentence: its wording is a knob of
/// the writer, which adds it (<see cref="ExportWriter.Meaning"/>).
/// </summary>
internal static class UnitGen
{
    private static readonly string[] Stems = ["Understand ", "Know how to ", "Know ", "Be able to "];

    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f"];

    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi"];

    private static Gen<string> Noun(int sector) => Gen.OneOf(Vocabulary.Nouns[sector]);

    private static Gen<string> Phrase(int sector, int min, int max) =>
        from n in Gen.Int[min, max]
        from nouns in Noun(sector).Array[n]
        from joiners in Gen.OneOf(Vocabulary.Joiners).Array[n]
        select string.Join(' ', nouns.Select((noun, i) => i == 0 ? noun : joiners[i] + " " + noun));

    /// <summary>A phrase whose nouns are sometimes bold: the key terms indicative content defines.</summary>
    private static Gen<string> BoldPhrase(int sector, int min, int max) =>
        from n in Gen.Int[min, max]
        from nouns in Gen.Select(Noun(sector), Gen.Int[0, 3]).Array[n]
        from joiners in Gen.OneOf(Vocabulary.Joiners).Array[n]
        select string.Join(' ', nouns.Select((noun, i) =>
            (i == 0 ? string.Empty : joiners[i] + " ") + (noun.Item2 == 0 ? "**" + noun.Item1 + "**" : noun.Item1)));

    private static Gen<string> Sentence(int sector) =>
        from opener in Gen.OneOf(Vocabulary.Openers)
        from predicate in Gen.OneOf(Vocabulary.Predicates)
        from phrase in Phrase(sector, 1, 4)
        select $"{opener} {predicate} {phrase}.";

    private static Gen<string> Paragraph(int sector) =>
        Sentence(sector).Array[1, 3].Select(s => string.Join(' ', s));

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static Gen<CriterionItem[]> Items(int sector) =>
        from n in Gen.Int[2, 6]
        from roman in Gen.Int[0, 3]
        from texts in Gen.Select(BoldPhrase(sector, 1, 3), Gen.Int[0, 4]).Array[n]
        select texts.Select((t, i) => new CriterionItem(
            roman == 0 ? Romans[i] : Letters[i],
            new LocatedText(t.Item2 == 0 ? "**" + t.Item1.Replace("**", string.Empty) + "**" : t.Item1))).ToArray();

    /// <summary>A criterion; now and then one whose sentence closes after its sub-items ("..., including: a) b) and how each is used").</summary>
    private static Gen<(string Text, CriterionItem[] Items, string? AfterItems)> Criterion(int sector) =>
        from verb in Gen.OneOf(Vocabulary.CriterionVerbs)
        from body in BoldPhrase(sector, 1, 4)
        from hasItems in Gen.Int[0, 3]
        from items in Items(sector)
        from closes in Gen.Int[0, 4]
        from closing in Phrase(sector, 1, 3)
        select hasItems == 0 ? ($"{verb} {body}:", items, closes == 0 ? "and " + closing : null) : ($"{verb} {body}", Array.Empty<CriterionItem>(), (string?)null);

    /// <summary>Mostly a few criteria, now and then ten or more so that ids like 1.10 occur.</summary>
    private static readonly Gen<int> CriterionCount = Gen.Frequency((6, Gen.Int[1, 3]), (2, Gen.Int[4, 9]), (1, Gen.Int[10, 12]));

    private static readonly Gen<int> OutcomeCount = Gen.Frequency((6, Gen.Int[1, 3]), (2, Gen.Int[4, 9]), (1, Gen.Int[10, 12]));

    private static Gen<Func<int, LearningOutcome>> Outcome(int sector) =>
        from stem in Gen.Int[0, Stems.Length - 1]
        from verb in Gen.OneOf(Vocabulary.OutcomeVerbs)
        from phrase in Phrase(sector, 1, 3)
        from count in CriterionCount
        from criteria in Criterion(sector).Array[count]
        let text = Stems[stem] + (stem is 1 or 3 ? verb + " " : string.Empty) + phrase
        select (Func<int, LearningOutcome>)(number => new LearningOutcome(
            number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new LocatedText(text),
            stem == 3 ? OutcomeKind.Skill : OutcomeKind.Knowledge,
            [.. criteria.Select((c, i) => new AssessmentCriterion($"{number}.{i + 1}", new LocatedText(c.Text), [.. c.Items], [])
            {
                AfterItems = c.AfterItems is null ? null : new LocatedText(c.AfterItems),
            })]));

    private static Gen<Definition> Definition(int sector) =>
        from term in Noun(sector).Where(n => !n.StartsWith('"'))
        from start in Gen.OneOf(Vocabulary.DefinitionStarts)
        from phrase in Phrase(sector, 1, 4)
        from itemCount in Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 5]))
        from items in Phrase(sector, 1, 3).Array[itemCount]
        select new Definition(
            new LocatedText(Capitalise(term)),
            new LocatedText($"{start} {phrase}" + (itemCount > 0 ? ", including:" : ".")),
            [.. items.Select(i => new LocatedText(i))]);

    private static Gen<Func<string, IndicativeContent>> Content(int sector) =>
        from defs in Definition(sector).Array[0, 3]
        from noteCount in Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 2]))
        from notes in Sentence(sector).Array[defs.Length == 0 ? Math.Max(1, noteCount) : noteCount]
        select (Func<string, IndicativeContent>)(id => new IndicativeContent(id, [.. defs], [.. notes.Select(n => new LocatedText(n))]));

    /// <summary>Entries for some of the criteria, in criterion order.</summary>
    private static Gen<ImmutableArray<IndicativeContent>> AllContent(int sector, ImmutableArray<LearningOutcome> outcomes)
    {
        var ids = outcomes.SelectMany(o => o.Criteria).Select(c => c.Id).ToArray();
        return
            from chosen in Gen.Int[0, 2].Array[ids.Length]
            let picked = ids.Where((_, i) => chosen[i] == 0).ToArray()
            from contents in Content(sector).Array[picked.Length]
            select contents.Select((c, i) => c(picked[i])).ToImmutableArray();
    }

    public static readonly Gen<Unit> Unit =
        from sector in Gen.Int[0, Vocabulary.Nouns.Length - 1]
        from letter in Gen.Char['A', 'Z']
        from a in Gen.Int[100, 999]
        from b in Gen.Int[1000, 9999]
        from title in Phrase(sector, 1, 3).Select(Capitalise)
        from level in Gen.Int[0, 8]
        from stage in Gen.Int[1, 3]
        from credit in Gen.Int[1, 30]
        from glh in Gen.Int[5, 240]
        from hasPreamble in Gen.Bool
        from heading in Phrase(sector, 1, 2).Select(Capitalise)
        from preamble in Paragraph(sector).Array[1, 2]
        from outcomeCount in OutcomeCount
        from outcomeMakers in Outcome(sector).Array[outcomeCount]
        let outcomes = outcomeMakers.Select((make, i) => make(i + 1)).ToArray()
        from assessment in Paragraph(sector).Array[1, 4]
        from content in AllContent(sector, [.. outcomes])
        select new Unit(
            new UnitHeader($"{letter}/{a}/{b}", new LocatedText(title), level, credit, glh, []) { EntryStage = level == EntryLevel.Level ? stage : null },
            hasPreamble ? new Preamble(new LocatedText(heading), [.. preamble.Select(p => new LocatedText(p))]) : Preamble.Empty,
            [.. outcomes],
            new AssessmentRequirements(
                [.. assessment.Select(p => new LocatedText(p))],
                [.. outcomes.Where(o => o.Kind == OutcomeKind.Skill).Select(o => o.Id)]),
            content,
            Guidance: null);
}
