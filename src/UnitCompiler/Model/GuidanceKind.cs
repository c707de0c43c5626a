using System.Collections.Immutable;

namespace UnitCompiler.Model;

/// <summary>The lists of a topic synopsis, each aligned to the criteria it serves.</summary>
public enum GuidanceKind
{
    KeyConcepts,
    ExamTips,
    Misconceptions,
    MarkingPoints,
}

/// <summary>
/// How one kind of guidance is spelt where it appears: its key in the spec, its name among a
/// criterion's guidance in the template model, and its general list (items printed under no criterion).
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="SpecKey">The key of its list under <c>guidance:</c> in a spec (and in the template model's <c>guidance</c>).</param>
/// <param name="CriterionKey">Its name on each criterion in the template model; "tips" is the exam tips' name there, kept for the templates users have written.</param>
/// <param name="GeneralKey">The template model's list of its items printed under no criterion.</param>
/// <param name="HasTitles">Whether its items are written "Title: text" (key concepts).</param>
public sealed record GuidanceKindName(GuidanceKind Kind, string SpecKey, string CriterionKey, string GeneralKey, bool HasTitles);

/// <summary>The one table of guidance kinds, in the order the spec and the documents list them.</summary>
public static class GuidanceKinds
{
    public static ImmutableArray<GuidanceKindName> All { get; } =
    [
        new(GuidanceKind.KeyConcepts, "key_concepts", "key_concepts", "general_key_concepts", HasTitles: true),
        new(GuidanceKind.ExamTips, "exam_tips", "tips", "general_tips", HasTitles: false),
        new(GuidanceKind.Misconceptions, "misconceptions", "misconceptions", "general_misconceptions", HasTitles: false),
        new(GuidanceKind.MarkingPoints, "marking_points", "marking_points", "general_marking_points", HasTitles: false),
    ];

    public static string SpecKeyOf(GuidanceKind kind) => All.First(k => k.Kind == kind).SpecKey;

    /// <summary>The spec keys of the guidance section, the synopsis first.</summary>
    public static ImmutableArray<string> SpecKeys { get; } = ["synopsis", .. All.Select(k => k.SpecKey)];
}
