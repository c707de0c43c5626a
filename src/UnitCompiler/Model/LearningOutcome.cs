using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>A learning outcome: "The learner will: ..." and the criteria that assess it.</summary>
public sealed record LearningOutcome(
    string Id,
    LocatedText Text,
    OutcomeKind Kind,
    ImmutableArray<AssessmentCriterion> Criteria,
    SourceLocation? Location = null);
