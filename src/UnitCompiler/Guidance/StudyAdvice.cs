namespace UnitCompiler.Guidance;

/// <summary>
/// Whether an item reads as general study or workplace advice ("Make a revision timetable"): it uses
/// a word of <c>Data/study-advice.txt</c>, or it opens with a verb telling the learner what to do and
/// its words are mostly not the unit's. Such an item needs a stronger match before it is aligned.
/// </summary>
internal static class StudyAdvice
{
    private static readonly HashSet<string> Cues = EmbeddedData.Lines("study-advice.txt")
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && l[0] != '#')
        .SelectMany(TextAnalyzer.Terms)
        .ToHashSet(StringComparer.Ordinal);

    public static bool IsAdvice(IReadOnlyList<string> words) => words.Any(Cues.Contains);
}
