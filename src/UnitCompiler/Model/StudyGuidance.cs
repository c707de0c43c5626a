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

    public ImmutableArray<GuidanceItem> Items(GuidanceKind kind) => kind switch
    {
        GuidanceKind.KeyConcepts => KeyConcepts,
        GuidanceKind.ExamTips => ExamTips,
        GuidanceKind.Misconceptions => Misconceptions,
        _ => MarkingPoints,
    };

    /// <summary>Guidance whose lists are read kind by kind (from a spec, a synopsis).</summary>
    public static StudyGuidance Create(LocatedText synopsis, Func<GuidanceKindName, ImmutableArray<GuidanceItem>> items)
    {
        var lists = GuidanceKinds.All.ToDictionary(k => k.Kind, items);
        return new StudyGuidance(synopsis, lists[GuidanceKind.KeyConcepts], lists[GuidanceKind.ExamTips], lists[GuidanceKind.Misconceptions], lists[GuidanceKind.MarkingPoints]);
    }
}
