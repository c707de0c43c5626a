using System.Collections.Immutable;

namespace UnitCompiler.Qualifications;

/// <summary>
/// What the regulator's register records of a qualification beyond its number, title, level and
/// hours (format 2): every fact optional, since a draft qualification has none of them yet.
/// </summary>
public sealed record QualificationRegister(
    string? Type,
    string? SectorSubjectArea,
    string? GradingType,
    string? GradingScale,
    int? MinGuidedLearningHours,
    int? MaxGuidedLearningHours,
    DateOnly? OperationalStart,
    DateOnly? OperationalEnd,
    DateOnly? ReviewDate,
    ImmutableArray<string> AssessmentMethods)
{
    /// <summary>Where each fact was written, by its spec key (<c>min_glh</c>), so a rule that breaks it points there.</summary>
    public ImmutableDictionary<string, Diagnostics.SourceLocation> Locations { get; init; } = ImmutableDictionary<string, Diagnostics.SourceLocation>.Empty;

    public static QualificationRegister Empty { get; } = new(null, null, null, null, null, null, null, null, null, []);
}
