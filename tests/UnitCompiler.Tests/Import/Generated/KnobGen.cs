using System.Collections.Immutable;
using CsCheck;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>A generator per knob family, and one for all of them at once.</summary>
internal static class KnobGen
{
    public static readonly Gen<WrapKnobs> Wrap =
        Gen.Select(Gen.Int[0, 11], Gen.Bool, Gen.Enum<WrapKind>(), Gen.Int[0, 200], (row, criteria, kind, nth) => new WrapPoint(row, criteria, kind, nth))
            .Array[0, 5].Select(points => new WrapKnobs([.. points]));

    public static readonly Gen<TagKnobs> Tags =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Enum<BoldForm>(), Gen.Bool, (upper, cls, bold, span) => new TagKnobs(upper, cls, bold, span));

    public static readonly Gen<CriterionSeparator> Separator = Gen.Enum<CriterionSeparator>();

    public static readonly Gen<CriterionNumber> Numbers = Gen.Enum<CriterionNumber>();

    public static readonly Gen<OutcomeNumber> Outcomes = Gen.Enum<OutcomeNumber>();

    public static readonly Gen<OutcomeTable> Table = Gen.Enum<OutcomeTable>();

    public static readonly Gen<ItemKnobs> Items =
        Gen.Select(Gen.Enum<ItemMarker>(), Gen.Enum<ListMarkup>(), (marker, list) => new ItemKnobs(marker, list));

    public static readonly Gen<EntityKnobs> Entities =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, InlineEncoder.RightQuotes.Length - 1], Gen.Int[0, InlineEncoder.Ampersands.Length - 1], Gen.Int[0, 3], Gen.Enum<NbspForm>(), Gen.Int[0, 5],
            (apostrophe, rightQuote, ampersand, quote, nbsp, every) => new EntityKnobs(apostrophe, rightQuote, ampersand, quote, nbsp, every));

    public static readonly Gen<MetadataKnobs> Metadata =
        from labels in Gen.Select(
            Gen.Int[0, MetadataKnobs.TitleLabels.Length - 1], Gen.Int[0, MetadataKnobs.ReferenceLabels.Length - 1],
            Gen.Int[0, MetadataKnobs.LevelLabels.Length - 1], Gen.Int[0, MetadataKnobs.CreditLabels.Length - 1],
            Gen.Int[0, MetadataKnobs.GlhLabels.Length - 1])
        from numbers in Gen.Enum<NumberForm>()
        from glhNumber in Gen.Enum<NumberForm>()
        from inside in Gen.Bool
        from after in Gen.OneOf(" ", "\t", "  ", " \t", "\t ")
        from trailing in Gen.Bool
        from unitWords in Gen.Bool
        from table in Gen.Enum<MetadataTable>()
        from noTitle in Gen.Bool
        from hardBreaks in Gen.Bool
        from caption in Gen.Bool
        select new MetadataKnobs(labels.Item1, labels.Item2, labels.Item3, labels.Item4, labels.Item5, numbers, glhNumber, inside, after, trailing, unitWords, table, noTitle, hardBreaks, caption);

    public static readonly Gen<LineKnobs> Lines =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Int[0, 4095], Gen.Int[0, 2], Gen.Bool, (crlf, bom, blanks, start, crOnly) => new LineKnobs(crlf, bom, blanks, start, crOnly));

    public static readonly Gen<SkillKnobs> Skill =
        Gen.Select(Gen.Enum<SkillWording>(), Gen.Bool, Gen.Int[0, 5], Gen.Bool, (wording, capital, at, none) => new SkillKnobs(wording, capital, at, none));

    public static readonly Gen<ContentKnobs> Content =
        Gen.Select(Gen.Enum<ContentLayout>(), Gen.Int[0, int.MaxValue], Gen.Enum<MarkdownMarker>(), Gen.Bool, Gen.Bool, Gen.Enum<OutcomeMarker>(), Gen.Bool,
            (layout, mask, marker, tab, bullet, lo, continued) => new ContentKnobs(layout, mask, marker, tab, bullet, lo, continued))
        .SelectMany(c => Gen.Bool.Select(word => c with { WordListParagraphs = word }))
        .SelectMany(c => Gen.Bool.Select(list => c with { DefinitionsAsList = list }))
        .SelectMany(c => Gen.Bool.Select(dl => c with { DefinitionLists = dl }))
        .SelectMany(c => Gen.Bool.Select(italics => c with { Italics = italics }));

    public static readonly Gen<RequirementForm> Requirements = Gen.Enum<RequirementForm>();

    public static readonly Gen<HeadingKnobs> Headings =
        Gen.Select(Gen.Int[0, HeadingKnobs.AssessmentHeadings.Length - 1], Gen.Int[0, HeadingKnobs.ContentHeadings.Length - 1], Gen.Bool, Gen.Bool,
            (assessment, content, trailer, htmlTitle) => new HeadingKnobs(assessment, content, trailer, htmlTitle))
        .SelectMany(h => Gen.Bool.Select(caption => h with { TableCaption = caption }))
        .SelectMany(h => Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, (underlined, level2, page) => h with { Underlined = underlined, TitleLevel2 = level2, PageTitle = page }))
        .SelectMany(h => Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, (office, front, backToBack) => h with { OfficeHead = office, FrontMatter = front, BackToBack = backToBack }));

    public static readonly Gen<ExportKnobs> All =
        from knobs in Gen.Select(Wrap, Tags, Separator, Items, Entities, Metadata, Lines, Skill, Content, Headings,
            (wrap, tags, separator, items, entities, metadata, lines, skill, content, headings) =>
                new ExportKnobs(wrap, tags, separator, items, entities, metadata, lines, skill, content, headings))
        from numbers in Numbers
        from outcomes in Outcomes
        from table in Table
        from requirements in Requirements
        select knobs with { Numbers = numbers, Outcomes = outcomes, Table = table, Requirements = requirements };
}
