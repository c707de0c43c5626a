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
    /// <summary>The current spec format version, written as <c>unitc: 1</c>.</summary>
    public const int FormatVersion = 1;

    public IEnumerable<AssessmentCriterion> Criteria => Outcomes.SelectMany(o => o.Criteria);

    public IEnumerable<Definition> Definitions => IndicativeContent.SelectMany(c => c.Definitions);

    public AssessmentCriterion? FindCriterion(string id) => Criteria.FirstOrDefault(c => c.Id == id);

    public LearningOutcome? FindOutcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);
}
