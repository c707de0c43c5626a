using System.Collections.Immutable;

namespace UnitCompiler.Exchange.Moodle;

/// <summary>
/// One row of Moodle's competency-framework CSV (admin tool <c>tool_lpimportcsv</c>), its columns in
/// the order Moodle reads them by position (<see cref="Columns"/>).
/// </summary>
public sealed record MoodleRow(
    string ParentIdNumber,
    string IdNumber,
    string Shortname,
    string Description,
    bool IsFramework,
    ImmutableArray<string> CrossReferences)
{
    public static readonly string[] Columns =
    [
        "Parent id number", "Id number", "Shortname", "Description", "Description format", "Scale values",
        "Scale configuration", "Rule type (optional)", "Rule outcome (optional)", "Rule config (optional)",
        "Cross referenced competency id numbers", "Exported id (optional)", "Is framework", "Taxonomy",
    ];

    /// <summary>Moodle's FORMAT_MARKDOWN: spec text is Markdown inline.</summary>
    public const string MarkdownFormat = "4";

    /// <summary>Only the framework row: the scale's values, comma-separated.</summary>
    public string ScaleValues { get; init; } = string.Empty;

    /// <summary>Only the framework row: Moodle's scale configuration JSON.</summary>
    public string ScaleConfiguration { get; init; } = string.Empty;

    /// <summary>Only the framework row: the taxonomy term of each level, comma-separated.</summary>
    public string Taxonomy { get; init; } = string.Empty;
}
