using System.Text;

namespace UnitCompiler.Model;

/// <summary>Unit reference numbers (Ofqual style <c>L/652/0848</c>, and older <c>T/601/1234</c>).</summary>
public static class UnitRef
{
    /// <summary>True when <paramref name="value"/> looks like a unit reference number: a capital, "/", three digits, "/", four digits.</summary>
    /// <remarks>
    /// Spelt out rather than a pattern: the spec reader asks once per unit, and building a
    /// non-backtracking pattern cost a cold one-unit build more than all its checks together.
    /// </remarks>
    public static bool IsWellFormed(string value) =>
        value.Length == 10 && char.IsAsciiLetterUpper(value[0]) && value[1] == '/' && value[5] == '/'
        && !value.AsSpan(2, 3).ContainsAnyExceptInRange('0', '9') && !value.AsSpan(6, 4).ContainsAnyExceptInRange('0', '9');

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
}
