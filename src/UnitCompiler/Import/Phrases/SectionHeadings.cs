using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>The parts of a unit export, in the order they usually come.</summary>
internal enum ExportSection
{
    Front,
    Outcomes,
    Assessment,
    IndicativeContent,
}

/// <summary>
/// The headings that open a section ("## Assessment Requirements", "**Indicative content:**") and
/// the labels of the outcome table's header row. Shared by the parser, which switches section on
/// them, and by the lossless check, for which their words are structure rather than content.
/// </summary>
internal static class SectionHeadings
{
    private static readonly (string Heading, ExportSection Section)[] Headings =
    [
        ("learning outcomes", ExportSection.Outcomes),
        ("learning outcomes and assessment criteria", ExportSection.Outcomes),
        ("outcomes and assessment criteria", ExportSection.Outcomes),
        ("assessment requirements", ExportSection.Assessment),
        ("assessment requirement", ExportSection.Assessment),
        ("assessment", ExportSection.Assessment),
        ("assessment guidance", ExportSection.Assessment),
        ("assessment information", ExportSection.Assessment),
        ("indicative content", ExportSection.IndicativeContent),
        ("indicative contents", ExportSection.IndicativeContent),
    ];

    /// <summary>First words of the outcome column's header ("Learning Outcome (The Learner will):").</summary>
    private static readonly string[] OutcomeColumn = ["learning outcome", "the learner will", "outcome"];

    /// <summary>First words of the criteria column's header ("Assessment Criterion (The Learner can):").</summary>
    private static readonly string[] CriteriaColumn = ["assessment criteri", "the learner can", "criteri"];

    /// <summary>The section a heading's plain text opens, or null.</summary>
    public static ExportSection? Classify(string plainText)
    {
        var name = Normalise(plainText);
        foreach (var (heading, section) in Headings)
        {
            if (name == heading)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The header row of the outcome table: an outcome-column label, and (when there is one) a criteria-column label.</summary>
    public static bool IsTableHeader(string firstCell, string? secondCell)
    {
        var first = Normalise(firstCell);
        if (!OutcomeColumn.Any(p => first.StartsWith(p, StringComparison.Ordinal)) || UnitNumbering.StartsWithNumber(first))
        {
            return false;
        }

        // "Learning outcome 1 ..." is content; a header label carries no number.
        if (first.Any(char.IsAsciiDigit))
        {
            return false;
        }

        return secondCell is null || CriteriaColumn.Any(p => Normalise(secondCell).StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// Both column labels in one line of text, with no tab between ("Learning Outcome (The Learner will):
    /// Assessment Criterion (The Learner can):"), as a table copied from a browser or with its tabs turned
    /// to spaces gives them.
    /// </summary>
    public static bool IsHeaderText(string text)
    {
        var words = MarkdownInline.ToPlainText(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 16 || words.Any(w => w.Any(char.IsAsciiDigit)))
        {
            return false;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var (outcome, criteria) = (string.Join(' ', words[..i]), string.Join(' ', words[i..]));
            if (IsTableHeader(outcome, null) && IsCriteriaColumnHeader(criteria) && IsWholeLabel(outcome, OutcomeColumn) && IsWholeLabel(criteria, CriteriaColumn))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A column label as a header writes it: ending in ":" or ")", or the bare label ("Learning outcomes"); not prose that starts like one ("Outcome-based assessment criteria apply").</summary>
    private static bool IsWholeLabel(string text, string[] labels)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith(':') || trimmed.EndsWith(')'))
        {
            return true;
        }

        var name = Normalise(trimmed);
        return labels.Any(l => name == l || name == l + "s" || name == l + "a" || name == l + "on");
    }

    /// <summary>A criteria-column label alone: the header's second cell, when an HTML table puts each cell on a line of its own.</summary>
    public static bool IsCriteriaColumnHeader(string cell)
    {
        var text = Normalise(cell);
        return !text.Any(char.IsAsciiDigit) && CriteriaColumn.Any(p => text.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>Lower case, no emphasis, single spaces, no trailing colon.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', MarkdownInline.ToPlainText(text).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd(':').TrimEnd();
}
