using System.Text;
using System.Text.RegularExpressions;

namespace UnitCompiler.Model;

/// <summary>Unit reference numbers (Ofqual style <c>L/652/0848</c>, and older <c>T/601/1234</c>).</summary>
public static partial class UnitRef
{
    /// <summary>True when <paramref name="value"/> looks like a unit reference number.</summary>
    public static bool IsWellFormed(string value) => RefPattern().IsMatch(value);

    /// <summary>
    /// A name that is safe as one path segment on Windows, macOS and Linux: "/" becomes "-", any
    /// other character outside letters, digits, "-", "_" and "." becomes "_", and a name made only of
    /// dots cannot climb out of the output folder.
    /// </summary>
    public static string ToFileStem(string reference)
    {
        var sb = new StringBuilder(reference.Length);
        foreach (var c in reference.Trim())
        {
            sb.Append(c switch
            {
                '/' or '\\' => '-',
                _ when char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' => c,
                _ => '_',
            });
        }

        var stem = sb.ToString().Trim('.');
        return stem.Length == 0 ? "_" : stem;
    }

    [GeneratedRegex(@"^[A-Z]/\d{3}/\d{4}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RefPattern();
}
