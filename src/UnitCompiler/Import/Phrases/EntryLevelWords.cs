namespace UnitCompiler.Import;

/// <summary>
/// Entry level as exports write it: "Entry 3", "Entry Level 3", "Entry level three", "Entry 3 (E3)",
/// "E3", or "Entry level" with no stage. Read before the level is taken for a number, since "Entry 3"
/// is not level 3.
/// </summary>
internal static class EntryLevelWords
{
    private static readonly string[] Leads = ["entry level", "entry"];

    /// <summary>True when <paramref name="plain"/> names Entry level; <paramref name="stage"/> its stage, null when it names none.</summary>
    public static bool TryRead(string plain, out int? stage)
    {
        stage = null;
        var text = plain.Trim().TrimEnd('.').Trim();
        if (text.Length == 2 && text[0] is 'E' or 'e' && text[1] is >= '1' and <= '3')
        {
            stage = text[1] - '0'; // "E3", as Functional Skills write it
            return true;
        }

        foreach (var lead in Leads)
        {
            if (!text.StartsWith(lead, StringComparison.OrdinalIgnoreCase) || text.Length > lead.Length && char.IsLetter(text[lead.Length]))
            {
                continue;
            }

            var rest = text[lead.Length..].Trim();
            var bracket = rest.IndexOf('(');
            if (bracket > 0 && rest.EndsWith(')') && TryRead(rest[(bracket + 1)..^1], out var inBrackets) && inBrackets is not null)
            {
                rest = rest[..bracket].Trim(); // "Entry 3 (E3)": the stage said twice
            }

            if (rest.Length == 0)
            {
                return true;
            }

            if (NumberWords.Read(rest, out var number, out _, out _) == NumberReading.Number && number is >= 1 and <= 3)
            {
                stage = number;
                return true;
            }

            return false;
        }

        return false;
    }
}
