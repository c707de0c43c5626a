using UnitCompiler.Import;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// Whole exports from other sectors, levels, years and authors, each beside the spec and the
/// diagnostics a qualification writer expects from it. The expected files were written by hand from
/// the exports, not by running the importer, so they measure the reader against the format rather
/// than against itself. Each set was written by someone who had not read the importer (see the
/// README.md of TestFiles/import-heldout, import-heldout2, import-heldout3, import-heldout4, import-heldout5, import-heldout6, import-heldout7, import-heldout8, import-heldout9, import-heldout10, import-heldout11, import-heldout12, import-heldout13, import-heldout14, import-heldout15, import-heldout16, import-heldout17, import-heldout18, import-heldout19 and import-heldout20 for what each fixture exercises).
/// </summary>
public class HeldOutImportTests
{
    private static readonly string[] Sets = ["import-heldout", "import-heldout2", "import-heldout3", "import-heldout4", "import-heldout5", "import-heldout6", "import-heldout7", "import-heldout8", "import-heldout9", "import-heldout10", "import-heldout11", "import-heldout12", "import-heldout13", "import-heldout14", "import-heldout15", "import-heldout16", "import-heldout17", "import-heldout18", "import-heldout19", "import-heldout20"];

    public static TheoryData<string, string> Fixtures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var set in Sets)
            {
                foreach (var name in Names(set))
                {
                    data.Add(set, name);
                }
            }

            return data;
        }
    }

    private static string[] Names(string folder) =>
        [.. Directory.GetFiles(TestPaths.TestFile(folder), "unit-*.txt")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("import-heldout", 6)]
    [InlineData("import-heldout2", 5)]
    [InlineData("import-heldout3", 6)]
    [InlineData("import-heldout4", 6)]
    [InlineData("import-heldout5", 6)]
    [InlineData("import-heldout6", 6)]
    [InlineData("import-heldout7", 6)]
    [InlineData("import-heldout8", 4)]
    [InlineData("import-heldout9", 6)]
    [InlineData("import-heldout10", 6)]
    [InlineData("import-heldout11", 6)]
    [InlineData("import-heldout12", 6)]
    [InlineData("import-heldout13", 5)]
    [InlineData("import-heldout14", 6)]
    [InlineData("import-heldout15", 6)]
    [InlineData("import-heldout16", 6)]
    [InlineData("import-heldout17", 6)]
    [InlineData("import-heldout18", 6)]
    [InlineData("import-heldout19", 6)]
    [InlineData("import-heldout20", 6)]
    public void TheFolderHoldsItsFixtures(string folder, int count)
    {
        var names = Names(folder);
        Assert.True(names.Length >= count, $"expected at least {count} held-out fixtures in {folder}, found {names.Length}");
        foreach (var name in names)
        {
            Assert.True(File.Exists(TestPaths.TestFile(folder, name + ".yaml")), $"{name}.yaml is missing");
            Assert.True(File.Exists(TestPaths.TestFile(folder, name + ".diagnostics")), $"{name}.diagnostics is missing");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ImportsToTheExpectedSpec(string folder, string name)
    {
        var path = TestPaths.TestFile(folder, name + ".txt");
        var result = InputLoader.LoadExport(path);
        var printed = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));

        Assert.False(result.HasErrors, $"{name}: the import reported errors:\n{printed}");
        Assert.NotNull(result.Unit);

        var expectedIds = File.ReadAllLines(TestPaths.TestFile(folder, name + ".diagnostics"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var actualIds = result.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            expectedIds.SequenceEqual(actualIds),
            $"{name}: expected diagnostics [{string.Join(", ", expectedIds)}], got [{string.Join(", ", actualIds)}]:\n{printed}");

        var expected = File.ReadAllText(TestPaths.TestFile(folder, name + ".yaml")).ReplaceLineEndings("\n");
        var actual = SpecWriter.Write(result.Unit);
        Assert.True(expected == actual, $"{name}: the spec differs from {name}.yaml (- expected, + actual):\n{LineDiff.Show(expected, actual)}");

        // The text the import read, so a Windows-1252 export is compared as decoded text.
        var missing = LosslessCheck.MissingWords(result.Source!.Text, result.Unit);
        Assert.True(missing.Count == 0, $"{name}: words lost: " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
    }
}
