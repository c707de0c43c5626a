using System.Globalization;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>Metadata numbers as exports write them: "26", "Twenty-six", "Five (5)".</summary>
internal static class NumberWording
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static string Write(int n, NumberForm form)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var words = Words(n);
        words = char.ToUpperInvariant(words[0]) + words[1..];
        return form switch
        {
            NumberForm.Digits => digits,
            NumberForm.Words => words,
            _ => $"{words} ({digits})",
        };
    }

    private static string Words(int n) => n switch
    {
        < 20 => Units[n],
        < 100 => Tens[n / 10] + (n % 10 == 0 ? string.Empty : "-" + Units[n % 10]),
        _ => Units[n / 100] + " hundred" + (n % 100 == 0 ? string.Empty : " and " + Words(n % 100)),
    };
}
