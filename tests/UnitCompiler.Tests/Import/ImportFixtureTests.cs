using UnitCompiler.Import;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// Realistic exports from other sectors, levels, years and authors, each beside the spec and the
/// diagnostics a qualification writer expects from it. The expected files are written by hand, never
/// by running the importer, so they hold the importer to the format rather than to itself.
/// </summary>
public class ImportFixtureTests
{
    private static string Folder => TestPaths.TestFile("import");

    public static TheoryData<string> Fixtures =>
        [.. Directory.GetFiles(Folder, "unit-*.txt").Select(f => Path.GetFileName(f)[..^".txt".Length]).Order(StringComparer.Ordinal)];

    [Fact]
    public void TheFolderHoldsAtLeastEightFixtures()
    {
        Assert.True(Fixtures.Count >= 8, $"expected at least 8 unit-*.txt fixtures in {Folder}, found {Fixtures.Count}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void TheExportImportsToTheExpectedSpec(string name)
    {
        var source = Path.Combine(Folder, name + ".txt");
        var result = InputLoader.LoadExport(source);
        var reported = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));

        // Every check is reported together: one misread usually causes several, and the first alone hides the rest.
        var problems = new List<string>();
        if (result.HasErrors)
        {
            problems.Add("import reported errors");
        }

        var expectedIds = File.ReadAllLines(Path.Combine(Folder, name + ".diagnostics"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var actualIds = result.Diagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        if (!expectedIds.SetEquals(actualIds))
        {
            problems.Add($"expected diagnostics [{string.Join(", ", expectedIds.Order(StringComparer.Ordinal))}], got [{string.Join(", ", actualIds.Order(StringComparer.Ordinal))}]");
        }

        if (result.Unit is null)
        {
            problems.Add("no unit was imported");
        }
        else
        {
            var expected = File.ReadAllText(Path.Combine(Folder, name + ".yaml")).ReplaceLineEndings("\n");
            var actual = SpecWriter.Write(result.Unit);
            if (expected != actual)
            {
                problems.Add($"the spec differs from {name}.yaml\n{LineDiff.Show(expected, actual)}");
            }

            var missing = LosslessCheck.MissingWords(result.Source!.Text, result.Unit);
            if (missing.Count > 0)
            {
                problems.Add("words lost: " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
            }
        }

        Assert.True(problems.Count == 0, $"{name}:\n" + string.Join("\n", problems) + $"\ndiagnostics:\n{reported}");
    }
}
