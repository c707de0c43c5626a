using System.Text.RegularExpressions;

namespace UnitCompiler.Import;

/// <summary>
/// How an export numbers a unit's parts: outcomes ("2.", "LO2"), criteria ("2.3", "AC2.3"), sub-items
/// ("a)", "(a)", "a.", "iv)") and the LO/AC markers of indicative content. The reader uses them to see
/// where a table row starts; the parser, to split numbers from text.
/// </summary>
internal static partial class UnitNumbering
{
    // An outcome's number: "2", "2.", "LO2", "LO 2:", "LO2.", "Learning outcome 2", "Outcome 2", "2)".
    private const string OutcomeNumber = @"(?:LO\s*|(?:[Ll]earning\s+)?[Oo]utcome\s+)?(?<id>\d{1,3})\s*[.:)]?";

    // A criterion's number: "2.3", "AC2.3", "2.3.", "2.3)", "2.3:", "Assessment criterion 2.3".
    private const string CriterionNumber = @"(?:AC\s*|[Aa]ssessment\s+[Cc]riteri(?:on|a)\s+)?(?<id>\d{1,3}\.\d{1,3})[.):]?";

    // A number may be set in bold on its own ("**1.** Understand") and set off from its text by a dash ("LO 1 – Understand", "1.1 - Explain").
    private const string Dash = @"(?:\s+[-\u2013\u2014])?";

    /// <summary>"2. Be able to ...", "2 Be able to", "LO2 Understand", "Learning outcome 2: Understand", "2) ...", "**2.** Be able", "LO 2 – Be able" (not "2.3 ...").</summary>
    [GeneratedRegex(@"^(?:\*\*" + OutcomeNumber + @"\*\*|" + OutcomeNumber + ")" + Dash + @"\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    public static partial Regex Outcome();

    /// <summary>An outcome's number with nothing after it: a cell that wrapped straight after "2.".</summary>
    [GeneratedRegex(@"^(?:\*\*" + OutcomeNumber + @"\*\*|" + OutcomeNumber + ")" + Dash + "$", RegexOptions.NonBacktracking)]
    public static partial Regex OutcomeNumberOnly();

    /// <summary>The words before an outcome's number, cut off by a wrap: "Learning", "Learning outcome", "LO".</summary>
    [GeneratedRegex(@"^(?:\*\*)?(?:LO|[Ll]earning(?:\s+[Oo]utcome)?|[Oo]utcome)$", RegexOptions.NonBacktracking)]
    public static partial Regex OutcomeNumberStart();

    /// <summary>"2.3 Describe ...", "AC2.3 Describe", "2.3. Describe", "2.3) Describe", "2.3: Describe", "Assessment criterion 2.3 Describe", "**2.3** Describe", "2.3 - Describe".</summary>
    [GeneratedRegex(@"^(?:\*\*" + CriterionNumber + @"\*\*|" + CriterionNumber + ")" + Dash + @"\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    public static partial Regex Criterion();

    /// <summary>A criterion's number with nothing after it: a cell that wrapped straight after "**2.3**".</summary>
    [GeneratedRegex(@"^(?:\*\*" + CriterionNumber + @"\*\*|" + CriterionNumber + ")" + Dash + "$", RegexOptions.NonBacktracking)]
    public static partial Regex CriterionNumberOnly();

    /// <summary>"a) text", "(a) text", "a. text", "iv) text".</summary>
    [GeneratedRegex(@"^\(?(?<id>[a-z]{1,2}|[ivx]{1,5})[).]\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    public static partial Regex Item();

    /// <summary>An indicative-content marker that is all its text says: "AC2.2", "AC 2.2", "LO5", "Learning outcome 5", "Assessment criterion 2.2".</summary>
    [GeneratedRegex(@"^(?:(?:AC|assessment\s+criterion)\s*(?<ac>\d{1,3}\.\d{1,3})|(?:LO|learning\s+outcome)\s*(?<lo>\d{1,3}))$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    public static partial Regex Marker();

    /// <summary>
    /// The id of the outcome that <paramref name="plainText"/> repeats with its number ("Learning outcome 1: Understand how to
    /// ..."), as indicative content may head its groups; null when it is not an outcome's number and own words (whatever
    /// their case, spacing or closing stop).
    /// </summary>
    public static string? RepeatedOutcome(string plainText, Func<string, string?> outcomeText)
    {
        var m = Outcome().Match(plainText.Trim());
        return m.Success && outcomeText(m.Groups["id"].Value) is { } outcome && Normalised(m.Groups["text"].Value).Equals(Normalised(outcome), StringComparison.OrdinalIgnoreCase)
            ? m.Groups["id"].Value
            : null;

        static string Normalised(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ':');
    }

    /// <summary>The id of the item at <paramref name="index"/> (0-based) of a list that numbers its own items: "a", "b", ... or "i", "ii", ....</summary>
    public static string ItemId(int index, bool roman)
    {
        if (!roman)
        {
            return index < 26 ? ((char)('a' + index)).ToString() : "a" + (char)('a' + Math.Min(index - 26, 25));
        }

        var n = Math.Min(index + 1, 39);
        return new string('x', n / 10) + (n % 10) switch
        {
            1 => "i", 2 => "ii", 3 => "iii", 4 => "iv", 5 => "v", 6 => "vi", 7 => "vii", 8 => "viii", 9 => "ix", _ => string.Empty,
        };
    }

    public static bool StartsWithNumber(string text) => text.Length > 0 && char.IsAsciiDigit(text[0]);

    /// <summary>Text that opens an outcome cell: an outcome number followed by words.</summary>
    public static bool StartsOutcome(ReadOnlySpan<char> text) => Outcome().IsMatch(text);

    /// <summary>Text that opens an outcome or a criterion, or is the number of one alone: "**2.**", "**2.3** Describe", "**2.3**".</summary>
    public static bool StartsNumberedPart(ReadOnlySpan<char> text) =>
        Criterion().IsMatch(text) || CriterionNumberOnly().IsMatch(text) || Outcome().IsMatch(text) || OutcomeNumberOnly().IsMatch(text);

    /// <summary>Text that opens a criterion: "2.3" or "AC2.3" and words, or an LO/AC marker of indicative content.</summary>
    public static bool StartsCriterionOrMarker(ReadOnlySpan<char> text)
    {
        text = text.StartsWith("**") ? text[2..] : text; // a number in bold
        var number = SkipPrefix(text, 'A', 'C');
        if (Number(number, out var after) > 0 && after.Length > 1 && after[0] == '.' && Number(after[1..], out _) > 0)
        {
            return true;
        }

        return StartsOutcomeMarker(text);
    }

    /// <summary>Text that opens an outcome's row in indicative content: "LO2" not followed by more digits or a decimal part.</summary>
    public static bool StartsOutcomeMarker(ReadOnlySpan<char> text)
    {
        var rest = SkipPrefix(text, 'L', 'O');
        return rest.Length < text.Length && Number(rest, out var after) > 0 && !(after.Length > 1 && after[0] == '.' && char.IsAsciiDigit(after[1]));
    }

    /// <summary>Text after a two-letter prefix ("AC", "LO", any case) and the spaces after it; the text itself when it has no such prefix.</summary>
    private static ReadOnlySpan<char> SkipPrefix(ReadOnlySpan<char> text, char first, char second)
    {
        if (text.Length < 3 || char.ToUpperInvariant(text[0]) != first || char.ToUpperInvariant(text[1]) != second)
        {
            return text;
        }

        return text[2..].TrimStart(' ');
    }

    /// <summary>The count of leading digits (a number is one to three of them; more is no number); <paramref name="after"/> is what follows.</summary>
    private static int Number(ReadOnlySpan<char> text, out ReadOnlySpan<char> after)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiDigit(text[n]))
        {
            n++;
        }

        after = text[n..];
        return n <= 3 ? n : 0;
    }
}
