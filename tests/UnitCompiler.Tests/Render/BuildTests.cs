using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

public class BuildTests
{
    private static string SpecFolder() => SeedUnit.SpecFolder("build");

    private static BuildOptions Options(string dir, bool check = false) =>
        new([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, BuildOptions.DefaultFormats, check, 2);

    [Fact]
    public void SecondBuildWritesNothingAndLeavesTimestampsAlone()
    {
        var dir = SpecFolder();
        var first = BuildRunner.Run(Options(dir));
        Assert.Equal(7, first.Written);
        var file = Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.html");
        var stamp = File.GetLastWriteTimeUtc(file);
        var second = BuildRunner.Run(Options(dir));
        Assert.Equal((0, 7), (second.Written, second.Unchanged));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void CheckReportsStaleAndMissingFilesAndWritesNothing()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        var grid = Path.Combine(dir, "out", "L-652-0848", "mapping-grid.md");
        var workbook = Path.Combine(dir, "out", "L-652-0848", "learner-workbook.md");
        File.AppendAllText(grid, "edited by hand\n");
        File.Delete(workbook);

        var check = BuildRunner.Run(Options(dir, check: true));
        Assert.True(check.HasErrors);
        Assert.Equal(["learner-workbook.md: missing", "mapping-grid.md: out of date"], check.Diagnostics.Where(d => d.Id == "UNITC0304").Select(d => $"{Path.GetFileName(d.Location.Path)}: {d.Message}").Order().ToArray());
        Assert.False(File.Exists(workbook));
        Assert.EndsWith("edited by hand\n", File.ReadAllText(grid));

        Assert.False(BuildRunner.Run(Options(dir)).HasErrors);
        Assert.False(BuildRunner.Run(Options(dir, check: true)).HasErrors);
    }

    [Fact]
    public void SpecWithErrorsKeepsItsOldDocuments()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        var spec = Path.Combine(dir, "spec", "L-652-0848.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("  glh: 26\n", "  gl: 26\n").Replace("title: Leading", "title: Changed"));
        var before = File.ReadAllText(Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.html"));
        var result = BuildRunner.Run(Options(dir));
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0221" && d.Location.Line == 7);
        Assert.Equal(before, File.ReadAllText(Path.Combine(dir, "out", "L-652-0848", "assessor-checklist.html")));
    }

    [Fact]
    public void UnknownFormatIsRefused()
    {
        var result = BuildRunner.Run(Options(SpecFolder()) with { Formats = ["html", "pdfx"] });
        Assert.Contains(result.Diagnostics, d => d.Id == "UNITC0305" && d.Message.Contains("pdfx"));
    }

    [Fact]
    public void CommittedDocumentsAreCurrent()
    {
        var root = TestPaths.RepositoryRoot;
        var result = BuildRunner.Run(new BuildOptions([Path.Combine(root, "spec")], Path.Combine(root, "out"), null, BuildOptions.DefaultFormats, Check: true, 1));
        Assert.False(result.HasErrors, "run 'unitc build' and commit out/: " + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void XlsxBuildWritesEachUnitsWorkbookAndTheCatalogueWorkbook()
    {
        var dir = SpecFolder();
        var options = Options(dir) with { Formats = ["xlsx"] };
        var first = BuildRunner.Run(options);
        Assert.False(first.HasErrors);
        Assert.Equal(2, first.Written);
        Assert.True(File.Exists(Path.Combine(dir, "out", "L-652-0848", "mapping-grid.xlsx")));
        var catalogue = Path.Combine(dir, "out", "mapping-grid.xlsx");
        Assert.True(File.Exists(catalogue));

        Assert.Equal((0, 2), (BuildRunner.Run(options).Written, BuildRunner.Run(options).Unchanged));
        File.Delete(catalogue);
        var check = BuildRunner.Run(options with { Check = true });
        Assert.Equal("mapping-grid.xlsx: missing", Assert.Single(check.Diagnostics, d => d.Id == "UNITC0304") is var d ? $"{Path.GetFileName(d.Location.Path)}: {d.Message}" : null);
    }

    [Fact]
    public void CatalogueWorkbookIsKeptWholeWhenAUnitFails()
    {
        var dir = SpecFolder();
        var second = Path.Combine(dir, "spec", "A-000-0001.yaml");
        File.WriteAllText(second, File.ReadAllText(Path.Combine(dir, "spec", "L-652-0848.yaml")).Replace("ref: L/652/0848", "ref: A/000/0001"));
        var options = Options(dir) with { Formats = ["xlsx"] };
        Assert.False(BuildRunner.Run(options).HasErrors);
        var catalogue = Path.Combine(dir, "out", "mapping-grid.xlsx");
        var before = File.ReadAllBytes(catalogue);

        File.WriteAllText(second, File.ReadAllText(second).Replace("title: Leading", "title: Changed").Replace("  glh: 26\n", "  gl: 26\n"));
        Assert.True(BuildRunner.Run(options).HasErrors);
        Assert.Equal(before, File.ReadAllBytes(catalogue));
    }
}
