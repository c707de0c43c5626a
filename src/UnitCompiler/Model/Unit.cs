using System.Collections.Immutable;

namespace UnitCompiler.Model;

/// <summary>
/// A qualification unit: the one model that import, fmt, lint, align and build all read. Records
/// are immutable; a stage that changes a unit (alignment) returns a new one.
/// </summary>
public sealed record Unit(
    UnitHeader Header,
    Preamble Preamble,
    ImmutableArray<LearningOutcome> Outcomes,
    AssessmentRequirements Assessment,
    ImmutableArray<IndicativeContent> IndicativeContent,
    StudyGuidance? Guidance)
{
    /// <summary>The spec format version <c>fmt</c> and <c>import</c> write, as <c>unitc: 4</c>.</summary>
    public const int FormatVersion = 4;

    /// <summary>
    /// The oldest format still read as it is. Versions 2 and 3 only added optional keys, and 4 a
    /// value an older key could not hold (<c>level: Entry 3</c>), so an older spec is a newer one
    /// without them; <c>fmt</c> rewrites its version line.
    /// </summary>
    public const int OldestFormatVersion = 1;

    /// <summary>The version-change table, as the writer keeps it (format 2).</summary>
    public ImmutableArray<VersionEntry> History { get; init; } = [];

    /// <summary>Mappings of the criteria to apprenticeship standards' KSBs (format 2).</summary>
    public ImmutableArray<StandardMapping> Standards { get; init; } = [];

    public IEnumerable<AssessmentCriterion> Criteria => Outcomes.SelectMany(o => o.Criteria);

    public IEnumerable<Definition> Definitions => IndicativeContent.SelectMany(c => c.Definitions);

    public AssessmentCriterion? FindCriterion(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    public LearningOutcome? FindOutcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);
}
