using System.Globalization;

namespace UnitCompiler.Model;

/// <summary>
/// The shapes of the ids a unit numbers its parts with, the same ones the importer reads and
/// <c>unitc schema</c> publishes: outcome "3", criterion "3.2", sub-item "a" or "iv". Everything
/// that derives one id from another (a criterion's outcome, the next number in sequence) relies
/// on these shapes, so a spec is held to them when it is read.
/// </summary>
public static class UnitIds
{
    public const string OutcomeShape = "a number such as 2";
    public const string CriterionShape = "an outcome number, a dot and a number, such as 2.3";
    public const string ItemShape = "one or two lower-case letters, or a roman numeral such as iv";

    public static bool IsOutcome(string id) => IsNumber(id);

    public static bool IsCriterion(string id)
    {
        var dot = id.IndexOf('.');
        return dot > 0 && IsNumber(id[..dot]) && IsNumber(id[(dot + 1)..]);
    }

    public static bool IsItem(string id) =>
        id.Length is >= 1 and <= 2 && id.All(char.IsAsciiLetterLower)
        || id.Length is >= 1 and <= 5 && id.All(c => c is 'i' or 'v' or 'x');

    /// <summary>The number after <paramref name="number"/> ("1" first); a number that is not one gets "+1", so a message can still say what was expected.</summary>
    public static string Next(string? number) =>
        number is null ? "1" : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n + 1).ToString(CultureInfo.InvariantCulture) : number + "+1";

    private static bool IsNumber(string text) => text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit);
}
