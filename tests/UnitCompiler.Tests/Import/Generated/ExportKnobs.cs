using System.Collections.Immutable;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Every way exports of one unit differ over years and authors, grouped in families so that a
/// failing property names the family. <see cref="Seed"/> is the layout of the one real export.
/// </summary>
internal sealed record ExportKnobs(
    WrapKnobs Wrap,
    TagKnobs Tags,
    CriterionSeparator Separator,
    ItemKnobs Items,
    EntityKnobs Entities,
    MetadataKnobs Metadata,
    LineKnobs Lines,
    SkillKnobs Skill,
    ContentKnobs Content,
    HeadingKnobs Headings,
    CriterionNumber Numbers = CriterionNumber.Plain,
    OutcomeNumber Outcomes = OutcomeNumber.Dot,
    OutcomeTable Table = OutcomeTable.Tabs,
    RequirementForm Requirements = RequirementForm.Paragraphs)
{
    public static ExportKnobs Seed { get; } = new(
        WrapKnobs.None,
        new TagKnobs(UpperCase: false, ParagraphClass: false, BoldForm.B, SpanWrapper: false),
        CriterionSeparator.HrSlash,
        new ItemKnobs(ItemMarker.Paren, ListMarkup.UlNoStyle),
        new EntityKnobs(0, 0, 0, 0, NbspForm.None, NbspEvery: 0),
        new MetadataKnobs(0, 0, 0, 0, 0, NumberForm.WordsAndDigits, NumberForm.Digits, LabelInsideBold: true, AfterLabel: " ", TrailingSpaces: false),
        new LineKnobs(Crlf: false, Bom: false, BlankAfterRow: 0b1010, BlankLinesAtStart: 2),
        new SkillKnobs(SkillWording.List, CapitalOutcomes: true, At: 3, NoSkillSentence: false),
        new ContentKnobs(ContentLayout.Rows, MixMask: 0, MarkdownMarker.HeadingBold, TabAfterTerm: false, BulletInItems: true, LoMarker: OutcomeMarker.Bold, ContinueRowInMarkdown: false),
        new HeadingKnobs(0, 0, Trailer: true));

    /// <summary>Only the families that differ from the seed's layout, so a counterexample reads at a glance.</summary>
    public override string ToString()
    {
        var seed = Seed;
        var parts = new List<string>();
        Add(parts, nameof(Wrap), Wrap.Points.SequenceEqual(seed.Wrap.Points), Wrap);
        Add(parts, nameof(Tags), Tags == seed.Tags, Tags);
        Add(parts, nameof(Separator), Separator == seed.Separator, Separator);
        Add(parts, nameof(Items), Items == seed.Items, Items);
        Add(parts, nameof(Entities), Entities == seed.Entities, Entities);
        Add(parts, nameof(Metadata), Metadata == seed.Metadata, Metadata);
        Add(parts, nameof(Lines), Lines == seed.Lines, Lines);
        Add(parts, nameof(Skill), Skill == seed.Skill, Skill);
        Add(parts, nameof(Content), Content == seed.Content, Content);
        Add(parts, nameof(Headings), Headings == seed.Headings, Headings);
        Add(parts, nameof(Numbers), Numbers == seed.Numbers, Numbers);
        Add(parts, nameof(Outcomes), Outcomes == seed.Outcomes, Outcomes);
        Add(parts, nameof(Table), Table == seed.Table, Table);
        Add(parts, nameof(Requirements), Requirements == seed.Requirements, Requirements);
        return parts.Count == 0 ? "the seed's layout" : "the seed's layout but " + string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string name, bool same, object value)
    {
        if (!same)
        {
            parts.Add(name + " = " + value.ToString()!.Replace("\t", "\\t", StringComparison.Ordinal));
        }
    }
}

/// <summary>Where a cell's HTML breaks onto the next physical line; none at the seed.</summary>
internal sealed record WrapKnobs(ImmutableArray<WrapPoint> Points)
{
    public static WrapKnobs None { get; } = new(ImmutableArray<WrapPoint>.Empty);

    public override string ToString() => Points.IsEmpty ? "no wraps" : string.Join(", ", Points);
}

/// <param name="Row">The outcome row (modulo the number of rows).</param>
/// <param name="CriteriaCell">The criteria cell, else the outcome cell.</param>
/// <param name="Kind">What the break falls next to.</param>
/// <param name="Nth">Which such place in the cell (modulo how many there are).</param>
internal sealed record WrapPoint(int Row, bool CriteriaCell, WrapKind Kind, int Nth);

internal enum WrapKind
{
    WordBoundary,
    BeforeParagraphClose,
    AfterParagraphOpen,
    BetweenListItems,

    /// <summary>At a space inside a tag (<c>&lt;p</c> / <c>class="MsoNormal"&gt;</c>): Word wraps its HTML at any space.</summary>
    InsideTag,
}

internal enum BoldForm
{
    B,
    Strong,
    SpanFontWeight,

    /// <summary>Markdown's double stars typed into the HTML.</summary>
    MarkdownStars,

    /// <summary>Bold twice over: <c>&lt;span style="font-weight:bold;"&gt;&lt;b&gt;...&lt;/b&gt;&lt;/span&gt;</c>, as Zoho Writer saves it.</summary>
    SpanAndB,
}

/// <param name="UpperCase">Tag names in capitals (<c>&lt;P&gt;</c>, <c>&lt;B&gt;</c>), as old Word exports write them.</param>
/// <param name="ParagraphClass">Paragraphs carry <c>class="MsoNormal"</c>.</param>
/// <param name="Bold">How bold is spelt.</param>
/// <param name="SpanWrapper">Plain text runs are wrapped in a <c>&lt;span style&gt;</c> that changes nothing.</param>
internal sealed record TagKnobs(bool UpperCase, bool ParagraphClass, BoldForm Bold, bool SpanWrapper);

internal enum CriterionSeparator
{
    HrSlash,
    Hr,
    Br,
    EmptyParagraph,
    None,

    /// <summary>Each criterion an item of one list (<c>&lt;ul&gt;&lt;li&gt;1.1 ...&lt;/li&gt;</c>), its sub-items a list nested in it.</summary>
    ListItems,
}

/// <summary>How a criterion's number is written before its text: "1.1", "1.1.", "1.1)", "AC1.1", "AC 1.1:", "1.1 - ", "<b>1.1</b>".</summary>
internal enum CriterionNumber
{
    Plain,
    Dot,
    Paren,
    AcPrefix,
    AcSpaceColon,
    SpacedHyphen,
    Bold,
}

/// <summary>How the outcome table is laid out: a row per line with a tab between the cells, or an HTML table.</summary>
internal enum OutcomeTable
{
    Tabs,

    /// <summary><c>&lt;table&gt;</c>, a <c>&lt;th&gt;</c> header row, and a <c>&lt;tr&gt;&lt;td&gt;...&lt;/td&gt;&lt;td&gt;...&lt;/td&gt;&lt;/tr&gt;</c> line per outcome.</summary>
    HtmlRows,

    /// <summary>As <see cref="HtmlRows"/>, with <c>&lt;tr&gt;</c>, each cell and <c>&lt;/tr&gt;</c> on lines of their own.</summary>
    HtmlRowsMultiLine,

    /// <summary>As <see cref="HtmlRows"/>, the whole table, header row included, on one line.</summary>
    HtmlOneLine,

    /// <summary>As <see cref="Tabs"/>, each tab turned into a run of spaces by a text editor.</summary>
    SpacesForTabs,

    /// <summary>No tabs: a line per cell, the outcome's and then its criteria's, as a table copied from a browser gives it.</summary>
    CellPerLine,

    /// <summary>
    /// As <see cref="HtmlRowsMultiLine"/>, as FrontPage saves it: <c>&lt;tr&gt;</c> indented by a tab, each cell by two,
    /// and every cell, the header's too, hard-wrapped at about 80 columns, each continuation indented by two tabs.
    /// </summary>
    HardWrapped,
}

/// <summary>How an outcome's number is written before its text: "1.", "1", "LO 1 –", "<b>1.</b>", "Learning outcome 1:".</summary>
internal enum OutcomeNumber
{
    Dot,
    Plain,
    LoDash,
    BoldDot,
    LearningOutcomeColon,

    /// <summary><c>Outcome 1 – Understand ...</c>, with no "Learning".</summary>
    OutcomeDash,

    /// <summary>The number as a bold paragraph of its own, the words in the next: <c>&lt;p&gt;&lt;b&gt;Learning outcome 1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Understand ...&lt;/p&gt;</c>.</summary>
    OwnParagraph,
}

internal enum ItemMarker
{
    Paren,
    BothParens,
    Dot,
    OrderedListWithoutLetters,

    /// <summary>No list: each item a line of the criterion's paragraph after <c>&lt;br&gt;• </c>, lettered by its place.</summary>
    BulletLines,

    /// <summary>
    /// Word's list paragraphs (as Word and WPS Office save them): each item a <c>&lt;p class=MsoListParagraph&gt;</c> whose
    /// bullet is a glyph of a symbol font (Wingdings <c>&amp;#167;</c>, <c>&amp;#216;</c>, Courier New "o") in a
    /// <c>mso-list:Ignore</c> span inside <c>&lt;![if !supportLists]&gt;</c>, lettered by its place.
    /// </summary>
    WordListGlyphs,
}

internal enum ListMarkup
{
    UlNoStyle,
    Ul,
    Ol,

    /// <summary><c>&lt;ul&gt;&lt;li&gt;&lt;p&gt;...&lt;/p&gt;&lt;/li&gt;</c>: each item a paragraph with no letter (lettered by its place), as LibreOffice and Google Docs save bulleted lists.</summary>
    UlParagraphs,
}

internal sealed record ItemKnobs(ItemMarker Marker, ListMarkup List);

internal enum NbspForm
{
    None,
    Named,
    Decimal,
    Literal,
}

/// <param name="Apostrophe">Index into the spellings of "'" (literal, &amp;#39;, &amp;apos;, &amp;#x27;).</param>
/// <param name="RightQuote">Index into the spellings of "’" (literal, &amp;rsquo;, &amp;#8217;, &amp;#x2019;).</param>
/// <param name="Ampersand">Index into the spellings of "&amp;" (literal, &amp;amp;, &amp;#38;, &amp;#x26;).</param>
/// <param name="Quote">Index into the spellings of '"' (literal, &amp;quot;, &amp;#34;, &amp;#x22;).</param>
/// <param name="Nbsp">How a no-break space between words is spelt.</param>
/// <param name="NbspEvery">Every n-th space between words is a no-break space; 0 for none.</param>
internal sealed record EntityKnobs(int Apostrophe, int RightQuote, int Ampersand, int Quote, NbspForm Nbsp, int NbspEvery);

/// <summary>How metadata is laid out: bold label lines, rows of two tab-separated cells, or an HTML table.</summary>
internal enum MetadataTable
{
    None,

    /// <summary><c>&lt;p&gt;&lt;strong&gt;Level&lt;/strong&gt;&lt;/p&gt;\t&lt;p&gt;3&lt;/p&gt;</c></summary>
    TabRows,

    /// <summary><c>&lt;table&gt;</c>, then <c>&lt;tr&gt;&lt;td&gt;&lt;strong&gt;Level&lt;/strong&gt;&lt;/td&gt;&lt;td&gt;3&lt;/td&gt;&lt;/tr&gt;</c> per fact.</summary>
    Html,

    /// <summary><c>Level:</c>, a tab, <c>3</c>: plain text, no markup, one fact a line with no blank line between.</summary>
    PlainTabLines,

    /// <summary>As <see cref="PlainTabLines"/> with no colon: <c>Level</c>, a tab, <c>3</c>, as a table saved as text gives it.</summary>
    TextTabLines,

    /// <summary>As <see cref="Html"/>, every tag on a line of its own: <c>&lt;tr&gt;</c>, <c>&lt;th&gt;Credit value:&lt;/th&gt;</c>, <c>&lt;td&gt;5&lt;/td&gt;</c>, <c>&lt;/tr&gt;</c>.</summary>
    HtmlCellLines,

    /// <summary>The whole table on one line, labels in <c>&lt;th&gt;</c> with no colon, as a wiki page saves it.</summary>
    HtmlOneLine,

    /// <summary>A Markdown list: <c>- **Level:** 3</c>, one fact an item, as a documentation site exports it.</summary>
    MarkdownList,

    /// <summary>A Markdown pipe table, <c>| **Level** | 3 |</c>, its rule under the first row, as Google Docs downloads it.</summary>
    PipeTable,

    /// <summary>A definition list, <c>&lt;dt&gt;Level&lt;/dt&gt;</c> and <c>&lt;dd&gt;3&lt;/dd&gt;</c> on lines of their own, as a content system writes unit facts.</summary>
    DefinitionList,

    /// <summary>A page grid: a <c>&lt;div class="row"&gt;</c> line per fact, the label and the value in column <c>&lt;div&gt;</c>s, inside a container left open until the end.</summary>
    GridRows,

    /// <summary>As <see cref="DefinitionList"/>, the whole list on one line.</summary>
    DefinitionListOneLine,

    /// <summary>
    /// Drupal's inline fields, a line per fact: <c>&lt;div class="field field-label-inline"&gt;&lt;div class="field-label"&gt;Level:&amp;nbsp;&lt;/div&gt;</c>
    /// then <c>&lt;div class="field-items"&gt;&lt;div class="field-item even"&gt;3&lt;/div&gt;&lt;/div&gt;&lt;/div&gt;</c>: the label, its colon and nothing else, the value in the next div.
    /// </summary>
    FieldDivs,
}

internal enum NumberForm
{
    Digits,
    Words,
    WordsAndDigits,
}

/// <param name="Title">Index into the title labels; likewise Reference, Level, Credit, Glh.</param>
/// <param name="Numbers">How level and credit are written.</param>
/// <param name="GlhNumber">How the guided learning hours are written.</param>
/// <param name="LabelInsideBold"><c>**Level:**</c>, else <c>**Level**:</c>.</param>
/// <param name="AfterLabel">What separates the label from the value: spaces, a tab.</param>
/// <param name="TrailingSpaces">The value line ends in spaces.</param>
/// <param name="UnitWords">Values repeat their unit: "Level 3", "15 credits", "120 hours".</param>
/// <param name="Table">The labels and values are the two cells of table rows, tab-separated or HTML.</param>
/// <param name="NoTitleLabel">No title label: the document heading is the unit's title (a unit without a heading keeps its label).</param>
/// <param name="HardBreaks">Bold label lines with no blank line between, each but the last ending in CommonMark's hard line break <c>\</c> (with no <paramref name="Table"/>).</param>
/// <param name="CaptionRow">An HTML table of facts opens with a caption row, one cell spanning both columns: <c>&lt;tr&gt;&lt;th colspan="2"&gt;Unit summary&lt;br&gt;&lt;/th&gt;&lt;/tr&gt;</c>.</param>
internal sealed record MetadataKnobs(
    int Title, int Reference, int Level, int Credit, int Glh, NumberForm Numbers, NumberForm GlhNumber,
    bool LabelInsideBold, string AfterLabel, bool TrailingSpaces, bool UnitWords = false, MetadataTable Table = MetadataTable.None, bool NoTitleLabel = false, bool HardBreaks = false, bool CaptionRow = false)
{
    public static readonly string[] TitleLabels = ["Unit Title", "Unit title", "Title"];
    public static readonly string[] ReferenceLabels = ["Unit Reference Number", "Unit reference", "Unit reference number"];
    public static readonly string[] LevelLabels = ["Level", "RQF Level"];
    public static readonly string[] CreditLabels = ["Credit Value", "Credits"];
    public static readonly string[] GlhLabels = ["Minimum Guided Learning Hours", "Guided learning hours (GLH)", "GLH"];
}

/// <param name="BlankAfterRow">Bit i set: a blank line follows outcome row i (the last row is always followed by one).</param>
/// <param name="BlankLinesAtStart">Blank lines before the first line, as the seed has two.</param>
/// <param name="CrOnly">Lines end in CR alone, as an old Mac saved them (over <paramref name="Crlf"/>).</param>
internal sealed record LineKnobs(bool Crlf, bool Bom, int BlankAfterRow, int BlankLinesAtStart, bool CrOnly = false);

internal enum SkillWording
{
    /// <summary>"Learning Outcomes 3, 5 and 7 are skill based".</summary>
    List,

    /// <summary>"LOs 3–5 and 7 must be assessed in the workplace".</summary>
    LosWorkplace,

    /// <summary>"Learning outcomes 3 to 5 are competence based".</summary>
    ToRangeCompetence,

    /// <summary>"LO3-LO5 and LO7 are performance based".</summary>
    LoDashRange,

    /// <summary>"Learning outcomes 3-5 are skills-based".</summary>
    HyphenRange,

    /// <summary>"Learning outcomes 1 and 2 are knowledge based": every other outcome is skill.</summary>
    Complement,
}

/// <param name="Wording">How the sentence naming the skill outcomes is put.</param>
/// <param name="CapitalOutcomes">"Learning Outcomes", else "Learning outcomes".</param>
/// <param name="At">Which assessment paragraph the sentence comes before (modulo their number + 1).</param>
/// <param name="NoSkillSentence">With no skill outcome: no sentence, else "This unit is knowledge based."</param>
internal sealed record SkillKnobs(SkillWording Wording, bool CapitalOutcomes, int At, bool NoSkillSentence);

internal enum ContentLayout
{
    Rows,
    Markdown,
    Mixed,
}

internal enum OutcomeMarker
{
    None,

    /// <summary><c>**LO5**</c>.</summary>
    Bold,

    /// <summary><c>### Learning outcome 5: Understand how ...</c>, the outcome's own words.</summary>
    RepeatedOutcome,
}

internal enum MarkdownMarker
{
    /// <summary><c>### **AC1.1**</c>.</summary>
    HeadingBold,

    /// <summary><c>#### AC 1.1</c>.</summary>
    HeadingPlain,

    /// <summary><c>**AC1.1**</c> as the marker line.</summary>
    BoldLine,

    /// <summary><c>&lt;h3&gt;AC1.1&lt;/h3&gt;</c>, a page saved as HTML.</summary>
    HtmlHeading,
}

/// <param name="Layout">HTML rows, Markdown sections, or a mix by entry.</param>
/// <param name="MixMask">With <see cref="ContentLayout.Mixed"/>: bit i set writes entry i as Markdown.</param>
/// <param name="Marker">The criterion marker of a Markdown section.</param>
/// <param name="TabAfterTerm">A tab, not a space, after <c>**Term:**</c> in Markdown.</param>
/// <param name="BulletInItems">HTML list items repeat a bullet: <c>&lt;li&gt;• item&lt;/li&gt;</c>.</param>
/// <param name="LoMarker">What precedes Markdown sections when the outcome changes: nothing, a <c>**LO5**</c> line, or a heading repeating the outcome.</param>
/// <param name="ContinueRowInMarkdown">
/// A row's last entry keeps only its first definition in the row; its other definitions and notes
/// follow as Markdown paragraphs, as the seed's AC2.1 does.
/// </param>
/// <param name="DefinitionsAsList">
/// In Markdown entries, definitions without items written as a list, one per item: <c>- **Term:** text</c>.
/// </param>
/// <param name="WordListParagraphs">
/// HTML list items are Word's list paragraphs, the bullet a character in the Symbol font:
/// <c>&lt;p class=MsoListParagraph&gt;&lt;span style='font-family:Symbol'&gt;·&lt;/span&gt;...item&lt;/p&gt;</c>.
/// </param>
/// <param name="DefinitionLists">
/// In Markdown entries, definitions written as an HTML definition list: <c>&lt;dl&gt;&lt;dt&gt;Term&lt;/dt&gt;&lt;dd&gt;text&lt;/dd&gt;&lt;/dl&gt;</c>,
/// a term and its definition on lines of their own, items as a list inside the definition (over <paramref name="DefinitionsAsList"/>).
/// </param>
/// <param name="Italics">
/// Each note's last word is in italics (the unit means <c>*word*</c>): <c>&lt;i&gt;word&lt;/i&gt;</c> in HTML, Markdown's underscores <c>_word_</c> in Markdown entries.
/// </param>
internal sealed record ContentKnobs(ContentLayout Layout, int MixMask, MarkdownMarker Marker, bool TabAfterTerm, bool BulletInItems, OutcomeMarker LoMarker, bool ContinueRowInMarkdown, bool WordListParagraphs = false, bool DefinitionsAsList = false, bool DefinitionLists = false,
    bool Italics = false);

/// <param name="Assessment">Index into the assessment headings; likewise Content.</param>
/// <param name="Trailer">The export ends in the table-rule artefact <c>------------\t--</c>.</param>
/// <param name="HtmlTitle">The document heading is <c>&lt;h1&gt;...&lt;/h1&gt;</c>, not <c># ...</c>.</param>
/// <param name="TableCaption">An HTML outcome table has a caption: <c>&lt;caption&gt;</c> inside it, or a <c>&lt;figcaption&gt;</c> after it (one line tables).</param>
/// <param name="Underlined">
/// The document heading and the section headings are underlined (<c>====</c>, <c>----</c>), as Markdown's setext headings and
/// reStructuredText write them (over <paramref name="HtmlTitle"/> and the heading spellings).
/// </param>
/// <param name="TitleLevel2">The document heading is a second-level heading (<c>&lt;h2&gt;</c> or <c>##</c>), as a learning platform's page gives it.</param>
/// <param name="PageTitle">The export is a saved page whose <c>&lt;head&gt;</c> names it in a <c>&lt;title&gt;</c> of other words and holds a style sheet over several lines.</param>
/// <param name="OfficeHead">
/// The export is a page saved by Word or Outlook: an XHTML doctype over two lines, and a <c>&lt;head&gt;</c> whose style sheet's rules
/// are indented by tabs inside <c>&lt;!-- --&gt;</c>, with Office's conditional <c>&lt;!--[if gte mso 9]&gt;&lt;xml&gt;</c> block (over <paramref name="PageTitle"/>).
/// </param>
/// <param name="FrontMatter">A Markdown page's YAML front matter opens the file: <c>---</c>, <c>id:</c>, <c>sidebar_label:</c>, <c>---</c>, as Docusaurus pages have it.</param>
/// <param name="BackToBack">
/// After an HTML outcome table, the sections are Word's paragraphs written back to back, as Word and Outlook save them: no blank line
/// after <c>&lt;/table&gt;</c>, each section's heading a bold-only paragraph, each requirement a paragraph.
/// </param>
internal sealed record HeadingKnobs(int Assessment, int Content, bool Trailer, bool HtmlTitle = false, bool TableCaption = false, bool Underlined = false, bool TitleLevel2 = false, bool PageTitle = false,
    bool OfficeHead = false, bool FrontMatter = false, bool BackToBack = false)
{
    public static readonly string[] AssessmentHeadings = ["## Assessment Requirements", "## Assessment requirements", "**Assessment Requirements**", "<h2>Assessment requirements</h2>"];
    public static readonly string[] ContentHeadings = ["## Indicative Content", "## Indicative content", "<H2 class=\"heading\">Indicative Content</H2>"];
}

/// <summary>How the assessment requirements after the first are set out: paragraphs, as the seed; or a list under the first as a lead-in.</summary>
internal enum RequirementForm
{
    Paragraphs,

    /// <summary>Word's list paragraphs, the bullet a "·" in the Symbol font and spaces after it.</summary>
    WordSymbolBullets,

    /// <summary>Paragraphs opening "• ".</summary>
    Bullets,

    /// <summary>A Markdown list: "- requirement".</summary>
    MarkdownDash,

    /// <summary>Each in a Docusaurus admonition: <c>:::note</c>, a blank line, the paragraph, a blank line, <c>:::</c>.</summary>
    Admonition,
    /// <summary>A Markdown blockquote, "&gt; requirement", set off among the paragraphs, as a note app writes a caution.</summary>
    Blockquote,
}
