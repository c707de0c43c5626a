using System.Collections.Immutable;

namespace UnitCompiler.Exchange;

/// <summary>
/// A Moodle scale for a competency framework: its values in order, which one a learner starts at
/// (default) and which count as proficient. Moodle refuses a framework whose scale marks no default
/// or no proficient value.
/// </summary>
public sealed record MoodleScale(ImmutableArray<string> Values, int DefaultValue, ImmutableArray<int> Proficient)
{
    /// <summary>Not yet competent (default) and Competent (proficient), the two verdicts of an assessor.</summary>
    public static MoodleScale Standard { get; } = new(["Not yet competent", "Competent"], 1, [2]);
}
