using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Project;

namespace UnitCompiler.Tests.Import;

/// <summary>
/// What <c>unitc import --verify</c> proves, proved for every export and synopsis in the repository:
/// each word of the source is in the spec. Fixtures are found by name (<c>000_*</c> / <c>unit-*</c>
/// exports, <c>001_*</c> / <c>synopsis-*</c> synopses), so a fixture added later is covered too.
/// </summary>
public class LosslessFixtureTests
{
    private static IEnumerable<string> Fixtures(params string[] patterns) =>
        new[] { "seeds", "TestFiles" }
            .Select(folder => Path.Combine(AppContext.BaseDirectory, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => patterns.SelectMany(p => Directory.GetFiles(folder, p, SearchOption.AllDirectories)))
            .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> UnitExports => [.. Fixtures("000_*.txt", "unit-*.txt")];

    public static TheoryData<string> Synopses => [.. Fixtures("001_*.txt", "synopsis-*.txt")];

    [Fact]
    public void TheFixturesAreFound()
    {
        Assert.True(UnitExports.Count >= 2, "expected the seed and the alignment unit at least");
        Assert.True(Synopses.Count >= 2, "expected the seed synopsis and the alignment synopsis at least");
    }

    [Theory]
    [MemberData(nameof(UnitExports))]
    public void EveryUnitExportImportsWithNothingLost(string fixture)
    {
        var path = Path.Combine(AppContext.BaseDirectory, fixture);
        var result = InputLoader.LoadExport(path);
        Assert.NotNull(result.Unit);
        var missing = LosslessCheck.MissingWords(result.Source!.Text, result.Unit); // decoded as the import decoded it (Windows-1252 bytes too)
        Assert.True(missing.Count == 0, $"{fixture}: missing " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
    }

    [Theory]
    [MemberData(nameof(Synopses))]
    public void EverySynopsisImportsWithNothingLost(string fixture)
    {
        // A synopsis is read into the spec of its unit: the one units.tsv names, else the unit exported beside it.
        var path = Path.Combine(AppContext.BaseDirectory, fixture);
        var folder = Path.GetDirectoryName(path)!;
        var table = Path.Combine(folder, "units.tsv");
        var named = File.Exists(table)
            ? File.ReadAllLines(table).Skip(1).Select(l => l.Split('\t')).FirstOrDefault(r => r[^1] == Path.GetFileName(path))?[^2]
            : null;
        var unitPath = named is not null && !named.StartsWith("seeds:", StringComparison.Ordinal)
            ? Path.Combine(folder, named)
            : Directory.GetFiles(folder, "*.txt").Single(f => Path.GetFileName(f) is var n && (n.StartsWith("000_", StringComparison.Ordinal) || n.StartsWith("unit-", StringComparison.Ordinal)));
        var bag = new DiagnosticBag();
        var loaded = unitPath.EndsWith(".yaml", StringComparison.Ordinal) ? InputLoader.LoadSpec(unitPath).Unit : InputLoader.LoadExport(unitPath).Unit;
        var unit = InputLoader.AddGuidance(loaded!, path, bag);
        Assert.NotNull(unit);

        // A truncated preview line, which repeats the synopsis's opening words, is dropped with a warning (UNITC0403).
        var lines = File.ReadAllLines(path).ToList();
        foreach (var preview in bag.ToImmutable().Where(d => d.Id == "UNITC0403").Select(d => d.Location.Line).OrderDescending())
        {
            lines.RemoveAt(preview);
        }

        var missing = LosslessCheck.MissingWords(string.Join('\n', lines), unit);
        Assert.True(missing.Count == 0, $"{fixture}: missing " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")));
    }
}
