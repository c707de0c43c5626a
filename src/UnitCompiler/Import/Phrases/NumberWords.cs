using System.Globalization;

namespace UnitCompiler.Import;

internal enum NumberReading
{
    Unreadable,
    Number,
    Disagree,
}

/// <summary>Numbers as exports write them: "26", "Five", "Five (5)", "5 (five)", "twenty-six hours".</summary>
internal static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TrailingUnits = ["hours", "hour", "hrs", "credits", "credit", "glh"];

    public static NumberReading Read(string text, out int number, out int words, out int digits)
    {
        number = words = digits = 0;
        var t = text.Trim().TrimEnd('.').Trim();
        foreach (var unit in TrailingUnits)
        {
            if (t.EndsWith(" " + unit, StringComparison.OrdinalIgnoreCase))
            {
                t = t[..^unit.Length].TrimEnd();
                break;
            }
        }

        var open = t.IndexOf('(');
        if (open > 0 && t.EndsWith(')'))
        {
            var outside = t[..open].Trim();
            var inside = t[(open + 1)..^1].Trim();
            var hasA = TryOne(outside, out var a, out var aIsDigits);
            var hasB = TryOne(inside, out var b, out var bIsDigits);
            if (!hasA || !hasB || aIsDigits == bIsDigits)
            {
                return NumberReading.Unreadable;
            }

            (words, digits) = aIsDigits ? (b, a) : (a, b);
            number = digits;
            return words == digits ? NumberReading.Number : NumberReading.Disagree;
        }

        return TryOne(t, out number, out _) ? NumberReading.Number : NumberReading.Unreadable;
    }

    private static bool TryOne(string text, out int value, out bool isDigits)
    {
        isDigits = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return isDigits || TryWords(text, out value);
    }

    private static bool TryWords(string text, out int value)
    {
        value = 0;
        var parts = text.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(p => p != "and").ToArray();
        if (parts.Length == 0)
        {
            return false;
        }

        var total = 0;
        var current = 0;
        foreach (var part in parts)
        {
            var unit = Array.IndexOf(Units, part);
            var ten = Array.IndexOf(Tens, part);
            if (unit >= 0)
            {
                current += unit;
            }
            else if (ten >= 2)
            {
                current += ten * 10;
            }
            else if (part == "hundred")
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (part == "thousand")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
            }
            else
            {
                return false;
            }
        }

        value = total + current;
        return true;
    }

    /// <summary>"five", "twenty six": the words that <see cref="Read"/> reads as <paramref name="value"/> (0-999).</summary>
    public static string? ToWords(int value) => value switch
    {
        < 0 or > 999 => null,
        < 20 => Units[value],
        < 100 when value % 10 == 0 => Tens[value / 10],
        < 100 => Tens[value / 10] + " " + Units[value % 10],
        _ when value % 100 == 0 => Units[value / 100] + " hundred",
        _ => Units[value / 100] + " hundred and " + ToWords(value % 100), // "One hundred and eighty": hours run past a hundred
    };
}
