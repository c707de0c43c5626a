using System.Text;
using UnitCompiler.Import;

namespace UnitCompiler.Tests;

/// <summary>Builds export texts from the seed for tests of one quirk or one broken input at a time.</summary>
internal static class ImportHelpers
{
    public static string SeedText => File.ReadAllText(TestPaths.Seed("000_49d6381e8fb9538e.txt"));

    public static ImportResult ImportText(string text, string path = "unit.txt") => UnitImporter.Import(path, Encoding.UTF8.GetBytes(text));

    /// <summary>The 1-based line of the first line containing <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' not in text");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
