using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>Study guidance from a topic synopsis, each item aligned to the criteria it serves.</summary>
public sealed record StudyGuidance(
    LocatedText Synopsis,
    ImmutableArray<GuidanceItem> KeyConcepts,
    ImmutableArray<GuidanceItem> ExamTips,
    ImmutableArray<GuidanceItem> Misconceptions,
    ImmutableArray<GuidanceItem> MarkingPoints)
{
    public IEnumerable<GuidanceItem> AllItems => KeyConcepts.Concat(ExamTips).Concat(Misconceptions).Concat(MarkingPoints);
}
