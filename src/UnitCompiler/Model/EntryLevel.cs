using System.Globalization;

namespace UnitCompiler.Model;

/// <summary>
/// The RQF's Entry level, below Level 1, in its three stages ("Entry 1" to "Entry 3"). A unit at Entry
/// level has <see cref="UnitHeader.Level"/> 0, so every comparison of levels (rules of combination,
/// lint's level of a verb) puts it below Level 1, and <see cref="UnitHeader.EntryStage"/> its stage
/// when it names one. The spec writes it as the register does: <c>level: Entry 3</c> (format 4).
/// </summary>
public static class EntryLevel
{
    /// <summary>The level number Entry level stands at.</summary>
    public const int Level = 0;

    /// <summary>The format that added Entry level to the spec.</summary>
    public const int SinceFormat = 4;

    /// <summary>The level as people write it: "Entry 3", "Entry" (no stage), "2"; null when there is none.</summary>
    public static string? Name(int? level, int? stage) => level switch
    {
        null => null,
        Level => stage is { } s ? "Entry " + s.ToString(CultureInfo.InvariantCulture) : "Entry",
        { } n => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The stage of a spec's "Entry" or "Entry N" (N from 1 to 3): true with the stage (null for
    /// "Entry" alone); false for any other text.
    /// </summary>
    public static bool TryParseName(string text, out int? stage)
    {
        stage = null;
        var t = text.AsSpan().Trim();
        if (!t.StartsWith("Entry", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = t[5..].Trim();
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest.Length == 1 && rest[0] is >= '1' and <= '3')
        {
            stage = rest[0] - '0';
            return true;
        }

        return false;
    }
}
