namespace UnitCompiler.Tests;

/// <summary>
/// Compares output with a committed expected file. To accept a reviewed change, run the tests with
/// UNITC_UPDATE_GOLDEN=1: the expected files in the repository are rewritten and `git diff` shows
/// what changed, for review like any other change.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string relativeExpectedPath, string actual)
    {
        var repoPath = Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", relativeExpectedPath);
        if (Environment.GetEnvironmentVariable("UNITC_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(repoPath)!);
            File.WriteAllText(repoPath, actual);
            return;
        }

        Assert.True(File.Exists(repoPath), $"{relativeExpectedPath} does not exist; run the tests with UNITC_UPDATE_GOLDEN=1 to create it, then review it");
        // Bytes decoded as they are: a BOM the output has must be in the expected file too.
        var expected = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(repoPath));
        Assert.True(expected == actual, $"{relativeExpectedPath} differs from the output. Review the difference and, if it is intended, run the tests with UNITC_UPDATE_GOLDEN=1.\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return string.Empty;
    }
}
