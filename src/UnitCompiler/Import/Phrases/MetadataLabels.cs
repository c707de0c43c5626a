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

    /// <summary>Words a level's value may repeat before its number: "Level 3", "RQF Level 3".</summary>
    private static readonly string[] LevelPrefixes = ["rqf level", "level"];

    /// <summary>A level's value without the words that repeat the label ("RQF Level 3" reads "3").</summary>
    public static string WithoutLevelPrefix(string value)
    {
        var trimmed = value.Trim();
        foreach (var prefix in LevelPrefixes)
        {
            if (trimmed.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[(prefix.Length + 1)..].Trim();
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

    /// <summary>Case and inner white space do not tell wordings apart; a trailing colon belongs to the line, not the label.</summary>
    private static string Normalise(string label) =>
        string.Join(' ', MarkdownInline.ToPlainText(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':').TrimEnd();

    // The label stays inside the bold either way; the value may be empty (reported by the parser, not lost).
    [GeneratedRegex(@"^\*\*\s*(?<label>[^*:\n]{1,80}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?<value>.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex BoldLabel();

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z .()]{0,40}?)\s*:\s*(?<value>.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex PlainLabel();
}
