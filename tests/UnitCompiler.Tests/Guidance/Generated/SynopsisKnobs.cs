namespace UnitCompiler.Tests.Guidance.Generated;

/// <summary>How a heading is dressed: the layouts authors and exports give them.</summary>
internal enum HeadingDress
{
    Plain,
    Colon,
    Upper,
    MarkdownH2,
    MarkdownH3,
    Bold,
    BoldColon,
    HtmlH3,
    HtmlBoldParagraph,
}

/// <summary>How a key concept's title is set off from its text.</summary>
internal enum TitleStyle
{
    Colon,
    EnDash,
    SpacedHyphen,
    BoldThenColon,
    BoldWithColonInside,
}

/// <summary>
/// The layout of a generated synopsis. <see cref="Marker"/> is a bullet or number written before each
/// item, "&lt;li&gt;" for an HTML list, or "" for items written one paragraph each.
/// </summary>
internal sealed record SynopsisKnobs(
    int[] Wordings,
    HeadingDress Dress,
    string Marker,
    string Indent,
    bool Wrap,
    bool BlankBetweenItems,
    bool BlankAfterHeading,
    TitleStyle Titles,
    bool Crlf,
    bool Bom,
    bool Preview,
    bool TrailingSpaces)
{
    /// <summary>The seed synopsis's layout.</summary>
    public static SynopsisKnobs Seed { get; } = new([0, 0, 0, 0, 0], HeadingDress.Plain, "- ", string.Empty, false, false, false, TitleStyle.Colon, false, false, true, false);

    public static readonly string[] Markers = ["- ", "* ", "\u2022 ", "\u2013 ", "-\t", "\u00B7 ", "\u25AA ", "+ ", "1. ", "1) ", "(1) ", "<li>", ""];

    /// <summary>Heading wordings by section (synopsis first), the seed's first.</summary>
    public static readonly string[][] HeadingWordings =
    [
        ["Topic Synopsis", "Synopsis", "Overview", "Topic Overview", "Summary"],
        ["Key Concepts & Core Principles", "Key Concepts and Core Principles", "Key Concepts", "Core Concepts", "Key Terms", "Key Ideas"],
        ["Exam Tips & Revision Strategies", "Exam Tips", "Revision Tips", "Assessment Tips", "Study Tips", "Exam Tips and Techniques"],
        ["Common Misconceptions & Mistakes to Avoid", "Common Misconceptions", "Common Mistakes", "Mistakes to Avoid", "Common Pitfalls", "Common Errors"],
        ["Examiner Marking Points", "Marking Points", "Examiner's Marking Points", "Assessor Marking Points", "What Examiners Look For", "Marking Guidance"],
    ];

    public bool Html => Marker == "<li>" || Dress is HeadingDress.HtmlH3 or HeadingDress.HtmlBoldParagraph;
}
