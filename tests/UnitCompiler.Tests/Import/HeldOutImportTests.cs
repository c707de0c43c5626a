using UnitCompiler.Import;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// Whole exports from other sectors, levels, years and authors, each beside the spec and the
/// diagnostics a qualification writer expects from it. The expected files were written by hand from
/// the exports, not by running the importer, so they measure the reader against the format rather
/// than against itself (see TestFiles/import-heldout/README.md for what each fixture exercises).
/// </summary>
public class HeldOutImportTests
{
    private const string Folder = "import-heldout";

    public static TheoryData<string> Fixtures => [.. Names()];

    private static string[] Names() =>
        [.. Directory.GetFiles(TestPaths.TestFile(Folder), "unit-*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void TheFolderHoldsAtLeastSixFixtures()
    {
        var names = Names();
        Assert.True(names.Length >= 6, $"expected at least 6 held-out fixtures, found {names.Length}");
        foreach (var name in names)
        {
            Assert.True(File.Exists(TestPaths.TestFile(Folder, name + ".yaml")), $"{name}.yaml is missing");
            Assert.True(File.Exists(TestPaths.TestFile(Folder, name + ".diagnostics")), $"{name}.diagnostics is missing");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ImportsToTheExpectedSpec(string name)
    {
        var path = TestPaths.TestFile(Folder, name + ".txt");
        var result = InputLoader.LoadExport(path);
        var printed = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));

        Assert.False(result.HasErrors, $"{name}: the import reported errors:\n{printed}");
        Assert.NotNull(result.Unit);

        var expectedIds = File.ReadAllLines(TestPaths.TestFile(Folder, name + ".diagnostics"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var actualIds = result.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            expectedIds.SequenceEqual(actualIds),
            $"{name}: expected diagnostics [{string.Join(", ", expectedIds)}], got [{string.Join(", ", actualIds)}]:\n{printed}");

        var expected = File.ReadAllText(TestPaths.TestFile(Folder, name + ".yaml")).ReplaceLineEndings("\n");
        var actual = SpecWriter.Write(result.Unit);
        Assert.True(expected == actual, $"{name}: the spec differs from {name}.yaml (- expected, + actual):\n{LineDiff.Show(expected, actual)}");

        // The text the import read, so a Windows-1252 export is compared as decoded text.
        var missing = LosslessCheck.MissingWords(result.Source!.Text, result.Unit);
        Assert.True(missing.Count == 0, $"{name}: words lost: " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
    }
}
