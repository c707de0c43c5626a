namespace UnitCompiler.Render.Xlsx;

/// <summary>
/// Excel's rules for sheet names: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting
/// or ending with an apostrophe, and unique regardless of case. A unit reference such as
/// <c>L/652/0848</c> becomes <c>L-652-0848</c>, as it does for the output folder.
/// </summary>
internal static class SheetNames
{
    private const int MaxLength = 31;

    public static string Safe(string name)
    {
        var chars = name.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '-' : c).ToArray();
        var safe = new string(chars).Trim('\'').Trim();
        if (safe.Length > MaxLength)
        {
            safe = safe[..MaxLength];
        }

        return safe.Length == 0 ? "Sheet" : safe;
    }

    /// <summary>Safe names for all of <paramref name="names"/>, numbered where two would clash.</summary>
    public static IReadOnlyList<string> Unique(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var safe = Safe(name);
            var candidate = safe;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = (safe.Length + suffix.Length > MaxLength ? safe[..(MaxLength - suffix.Length)] : safe) + suffix;
            }

            result.Add(candidate);
        }

        return result;
    }

    /// <summary>The name as a formula reference prefix: quoted, with apostrophes doubled.</summary>
    public static string Reference(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
