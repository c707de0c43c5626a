using System.Collections.Frozen;
using System.Text.RegularExpressions;
using UnitCompiler.Model;

namespace UnitCompiler.Import;

internal enum MetadataKind
{
    Other,
    Title,
    Reference,
    Level,
    Credit,
    GuidedLearningHours,
}

/// <summary>A metadata label as a line gives it: the label's words, where the value starts, and whether it was bold.</summary>
internal readonly record struct MetadataLine(string Label, int LabelIndex, int ValueIndex, bool IsBold);

/// <summary>
/// The wordings exports use for each metadata field, compared without case, and the shape of a label
/// line. The parser reads fields with them and the lossless check discounts the same labels, so the
/// two can never disagree about what is structure.
/// </summary>
internal static partial class MetadataLabels
{
    private static readonly FrozenDictionary<string, MetadataKind> Wordings = new Dictionary<string, MetadataKind>
    {
        ["unit title"] = MetadataKind.Title,
        ["title"] = MetadataKind.Title,
        ["unit name"] = MetadataKind.Title,
        ["title of unit"] = MetadataKind.Title,
        ["unit reference number"] = MetadataKind.Reference,
        ["unit reference"] = MetadataKind.Reference,
        ["unit reference no"] = MetadataKind.Reference,
        ["unit reference no."] = MetadataKind.Reference,
        ["unit ref"] = MetadataKind.Reference,
        ["unit ref."] = MetadataKind.Reference,
        ["reference number"] = MetadataKind.Reference,
        ["reference"] = MetadataKind.Reference,
        ["unit number"] = MetadataKind.Reference,
        ["unit code"] = MetadataKind.Reference,
        ["ofqual unit reference"] = MetadataKind.Reference,
        ["ofqual unit reference number"] = MetadataKind.Reference,
        ["ofqual unit number"] = MetadataKind.Reference,
        ["ofqual reference"] = MetadataKind.Reference,
        ["unit accreditation number"] = MetadataKind.Reference,
        ["uan"] = MetadataKind.Reference,
        ["level"] = MetadataKind.Level,
        ["unit level"] = MetadataKind.Level,
        ["rqf level"] = MetadataKind.Level,
        ["level of unit"] = MetadataKind.Level,
        ["credit value"] = MetadataKind.Credit,
        ["credit"] = MetadataKind.Credit,
        ["credits"] = MetadataKind.Credit,
        ["unit credit value"] = MetadataKind.Credit,
        ["credit value of unit"] = MetadataKind.Credit,
        ["minimum guided learning hours"] = MetadataKind.GuidedLearningHours,
        ["minimum guided learning hours (glh)"] = MetadataKind.GuidedLearningHours,
        ["guided learning hours"] = MetadataKind.GuidedLearningHours,
        ["guided learning hours (glh)"] = MetadataKind.GuidedLearningHours,
        ["guided learning hours (minimum)"] = MetadataKind.GuidedLearningHours,
        ["glh"] = MetadataKind.GuidedLearningHours,
        ["unit glh"] = MetadataKind.GuidedLearningHours,
        ["minimum glh"] = MetadataKind.GuidedLearningHours,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words a value may repeat from its label around its number: "Level 3", "RQF Level 3", "15 credits", "30 hours".</summary>
    private static readonly FrozenDictionary<MetadataKind, (string[] Before, string[] After)> LabelWords = new Dictionary<MetadataKind, (string[], string[])>
    {
        [MetadataKind.Level] = (["rqf level", "level"], []),
        [MetadataKind.Credit] = ([], ["credits", "credit"]),
        [MetadataKind.GuidedLearningHours] = ([], ["guided learning hours", "hours", "hrs", "glh"]),
    }.ToFrozenDictionary();

    /// <summary>A value without the words that repeat its label ("RQF Level 3" reads "3", "15 credits" reads "15").</summary>
    public static string WithoutLabelWords(MetadataKind kind, string value)
    {
        var trimmed = value.Trim();
        if (!LabelWords.TryGetValue(kind, out var words))
        {
            return trimmed;
        }

        foreach (var prefix in words.Before)
        {
            if (trimmed.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[(prefix.Length + 1)..].TrimStart();
                break;
            }
        }

        foreach (var suffix in words.After)
        {
            if (trimmed.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[..^(suffix.Length + 1)].TrimEnd();
                break;
            }
        }

        return trimmed;
    }

    /// <summary>The field a label names; <see cref="MetadataKind.Other"/> for a label this version has no field for.</summary>
    public static MetadataKind Classify(string label) =>
        Wordings.TryGetValue(Normalise(label), out var kind) ? kind : MetadataKind.Other;

    public static bool IsKnown(string label) => Wordings.ContainsKey(Normalise(label));

    /// <summary>
    /// "**Label:** value", "**Label**: value" (any label: an unknown one is kept under <c>unit.other</c>),
    /// or "Label: value" without bold when the label is one of the known wordings: plain prose with a
    /// colon is not metadata.
    /// </summary>
    public static MetadataLine? Match(string markdown)
    {
        var bold = BoldLabel().Match(markdown);
        if (bold.Success)
        {
            var label = bold.Groups["label"];
            return new MetadataLine(label.Value.Trim(), label.Index, bold.Groups["value"].Index, IsBold: true);
        }

        var plain = PlainLabel().Match(markdown);
        if (plain.Success && IsKnown(plain.Groups["label"].Value))
        {
            var label = plain.Groups["label"];
            return new MetadataLine(label.Value.Trim(), label.Index, plain.Groups["value"].Index, IsBold: false);
        }

        return null;
    }

    /// <summary>
    /// The first cell of a two-column metadata table that names a field unitc may not know ("Unit aim",
    /// "Sector subject area"): a short label set in bold or ended with a colon, as every label of the
    /// table is. A row of prose or numbers is not one.
    /// </summary>
    public static bool IsRowLabel(string cellMarkdown) => RowLabel().IsMatch(cellMarkdown.Trim());

    /// <summary>
    /// The words a label is made of, set plainly ("Unit aim", neither bold nor with a colon): a label only
    /// where the table around it has shown itself to be one of labels.
    /// </summary>
    public static bool IsLabelWords(string plain) => PlainLabelWords().IsMatch(plain.Trim());

    /// <summary>Case and inner white space do not tell wordings apart; a trailing colon belongs to the line, not the label.</summary>
    private static string Normalise(string label) =>
        string.Join(' ', MarkdownInline.ToPlainText(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':').TrimEnd();

    // The label stays inside the bold either way; the value may be empty (reported by the parser, not lost).
    [GeneratedRegex(@"^\*\*\s*(?<label>[^*:\n]{1,80}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?<value>.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex BoldLabel();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z .()]{0,40}?)\s*:\s*(?<value>.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex PlainLabel();

    // The words of a short label: it starts with a letter.
    private const string LabelWordsPattern = @"[A-Za-z][A-Za-z ()/&'\u2019-]{0,50}";

    // "**Unit aim**", "**Sector subject area:**", "Unit aim:".
    [GeneratedRegex(@"^(?:\*\*" + LabelWordsPattern + @":?\*\*:?|" + LabelWordsPattern + ":)$", RegexOptions.NonBacktracking)]
    private static partial Regex RowLabel();

    [GeneratedRegex("^" + LabelWordsPattern + "$", RegexOptions.NonBacktracking)]
    private static partial Regex PlainLabelWords();
}
