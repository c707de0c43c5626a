using UnitCompiler.Model;

namespace UnitCompiler.Import;

/// <summary>The headings of a topic synopsis, tolerant of the variations exports show.</summary>
internal static class GuidanceHeadings
{
    public static bool IsSynopsisHeading(string text) => Classify(text) is not null;

    /// <summary>The guidance section a heading opens ("synopsis", or a kind's spec key), or null.</summary>
    public static string? Classify(string text)
    {
        var t = Normalise(text);
        if (t.Length == 0 || t.Length > 80)
        {
            return null;
        }

        if (t is "topic synopsis" or "synopsis" or "overview" or "topic overview")
        {
            return "synopsis";
        }

        if (t.StartsWith("key concepts", StringComparison.Ordinal) || t is "core principles" or "key concepts and principles")
        {
            return GuidanceKinds.SpecKeyOf(GuidanceKind.KeyConcepts);
        }

        if (t.StartsWith("exam tips", StringComparison.Ordinal) || t.StartsWith("revision", StringComparison.Ordinal) || t.StartsWith("assessment tips", StringComparison.Ordinal))
        {
            return GuidanceKinds.SpecKeyOf(GuidanceKind.ExamTips);
        }

        if (t.StartsWith("common misconceptions", StringComparison.Ordinal) || t.StartsWith("misconceptions", StringComparison.Ordinal) || t.StartsWith("common mistakes", StringComparison.Ordinal))
        {
            return GuidanceKinds.SpecKeyOf(GuidanceKind.Misconceptions);
        }

        if (t.StartsWith("examiner marking points", StringComparison.Ordinal) || t.StartsWith("marking points", StringComparison.Ordinal) || t.StartsWith("examiner", StringComparison.Ordinal))
        {
            return GuidanceKinds.SpecKeyOf(GuidanceKind.MarkingPoints);
        }

        return null;
    }

    /// <summary>Lower case, Markdown heading marks and bold removed, "&amp;" read as "and", trailing colon dropped.</summary>
    public static string Normalise(string text)
    {
        var t = text.Trim().TrimStart('#').Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimEnd(':').Trim();
        return t.Replace("&", "and", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal).ToLowerInvariant();
    }
}
