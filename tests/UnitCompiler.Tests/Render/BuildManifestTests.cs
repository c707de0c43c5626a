using UnitCompiler.Diagnostics;
using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>
/// The incremental-build record: an unchanged unit is skipped, and every change that could alter a
/// document (the spec, an output, the templates, the formats, the tool) makes it render again.
/// </summary>
public class BuildManifestTests
{
    private const string Unit = "L-652-0848";

    private static string SpecFolder()
    {
        var dir = TestFolders.Create("manifest");
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), Path.Combine(dir, "spec", Unit + ".yaml"));
        return dir;
    }

    private static BuildOptions Options(string dir, bool check = false, string? templates = null, IReadOnlyCollection<string>? formats = null) =>
        new([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), templates, formats ?? BuildOptions.DefaultFormats, check, 2);

    private static string Document(string dir, string name) => Path.Combine(dir, "out", Unit, name);

    private static string SpecPath(string dir) => Path.Combine(dir, "spec", Unit + ".yaml");

    [Fact]
    public void UnchangedUnitIsSkipped()
    {
        var dir = SpecFolder();
        var first = BuildRunner.Run(Options(dir));
        Assert.Equal((7, 0), (first.Written, first.Skipped));
        Assert.True(File.Exists(Path.Combine(dir, "out", BuildManifest.FileName)));

        var second = BuildRunner.Run(Options(dir));
        Assert.Equal((0, 7, 1), (second.Written, second.Unchanged, second.Skipped));
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void EditedOutputIsRenderedAgain()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        var grid = Document(dir, "mapping-grid.md");
        var good = File.ReadAllBytes(grid);
        File.AppendAllText(grid, "edited by hand\n");

        var result = BuildRunner.Run(Options(dir));
        Assert.Equal((1, 6, 0), (result.Written, result.Unchanged, result.Skipped));
        Assert.Equal(good, File.ReadAllBytes(grid));
    }

    [Fact]
    public void OutputEditedToTheSameSizeIsRenderedAgain()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        var grid = Document(dir, "mapping-grid.csv");
        var good = File.ReadAllBytes(grid);
        var edited = (byte[])good.Clone();
        edited[^3] = (byte)'#';
        File.WriteAllBytes(grid, edited);
        File.SetLastWriteTimeUtc(grid, File.GetLastWriteTimeUtc(grid).AddSeconds(-5)); // as a restore from a backup might

        var result = BuildRunner.Run(Options(dir));
        Assert.Equal((1, 0), (result.Written, result.Skipped));
        Assert.Equal(good, File.ReadAllBytes(grid));
    }

    [Fact]
    public void DeletedOutputIsRenderedAgain()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        File.Delete(Document(dir, "learner-workbook.html"));

        var result = BuildRunner.Run(Options(dir));
        Assert.Equal((1, 6, 0), (result.Written, result.Unchanged, result.Skipped));
        Assert.True(File.Exists(Document(dir, "learner-workbook.html")));
    }

    [Fact]
    public void ChangedSpecIsRenderedAgain()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        File.WriteAllText(SpecPath(dir), File.ReadAllText(SpecPath(dir)).Replace("title: Leading", "title: Changed", StringComparison.Ordinal));

        var result = BuildRunner.Run(Options(dir));
        Assert.Equal(0, result.Skipped);
        Assert.Equal(6, result.Written); // the title is on every document but the CSV grid
        Assert.Contains("Changed Person-centred", File.ReadAllText(Document(dir, "assessor-checklist.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedTemplateOverrideIsRenderedAgain()
    {
        var dir = SpecFolder();
        var templates = Path.Combine(dir, "templates");
        Directory.CreateDirectory(templates);
        var template = Path.Combine(templates, "mapping-grid.md.sbn");
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "templates", "mapping-grid.md.sbn"), template);

        // The record compares template text, not where it came from: an override identical to the
        // default is the same template set, so the unit stays current.
        BuildRunner.Run(Options(dir));
        var withOverride = BuildRunner.Run(Options(dir, templates: templates));
        Assert.Equal((0, 7, 1), (withOverride.Written, withOverride.Unchanged, withOverride.Skipped));

        File.AppendAllText(template, "Edited template\n");
        var edited = BuildRunner.Run(Options(dir, templates: templates));
        Assert.Equal((1, 0), (edited.Written, edited.Skipped));
        Assert.EndsWith("Edited template\n", File.ReadAllText(Document(dir, "mapping-grid.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentFormatListIsRenderedAgain()
    {
        var dir = SpecFolder();
        var mdOnly = BuildRunner.Run(Options(dir, formats: ["md"]));
        Assert.Equal(3, mdOnly.Written);

        var all = BuildRunner.Run(Options(dir));
        Assert.Equal((4, 3, 0), (all.Written, all.Unchanged, all.Skipped));
        Assert.Equal(1, BuildRunner.Run(Options(dir)).Skipped);
        Assert.Equal(0, BuildRunner.Run(Options(dir, formats: ["md"])).Skipped);
    }

    [Fact]
    public void RecordOfAnotherToolVersionIsIgnored()
    {
        var dir = SpecFolder();
        var output = Path.Combine(dir, "out");
        BuildRunner.Run(Options(dir));
        var templates = ProjectTemplates.Load(null, new DiagnosticBag());
        var hash = BuildManifest.Hash(File.ReadAllBytes(SpecPath(dir)));

        // The record the build just wrote is found under this tool's key, and under no other.
        using var thisTool = BuildManifest.Load(output, BuildManifest.ComputeKey(BuildManifest.ToolVersion, templates, BuildOptions.DefaultFormats));
        Assert.True(thisTool.TrySkip(SpecPath(dir), hash, output, out var documents));
        Assert.Equal(7, documents);
        using var otherTool = BuildManifest.Load(output, BuildManifest.ComputeKey("0.9.0 " + Guid.NewGuid().ToString("N"), templates, BuildOptions.DefaultFormats));
        Assert.False(otherTool.TrySkip(SpecPath(dir), hash, output, out _));
        Assert.NotEqual(thisTool.Key, otherTool.Key);
    }

    [Fact]
    public void CheckReportsEveryStaleOrMissingDocumentWhenARecordExists()
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        Assert.Equal(1, BuildRunner.Run(Options(dir, check: true)).Skipped);

        File.AppendAllText(Document(dir, "mapping-grid.md"), "edited by hand\n");
        File.Delete(Document(dir, "learner-workbook.md"));
        var check = BuildRunner.Run(Options(dir, check: true));
        Assert.Equal(0, check.Skipped);
        Assert.Equal(["learner-workbook.md: missing", "mapping-grid.md: out of date"], check.Diagnostics.Where(d => d.Id == "UNITC0304").Select(d => $"{Path.GetFileName(d.Location.Path)}: {d.Message}").Order().ToArray());

        // Check mode writes nothing, the record included, so the next check says the same.
        var again = BuildRunner.Run(Options(dir, check: true));
        Assert.Equal(2, again.Diagnostics.Count(d => d.Id == "UNITC0304"));
    }

    [Fact]
    public void CheckWritesNoRecord()
    {
        var dir = SpecFolder();
        var check = BuildRunner.Run(Options(dir, check: true));
        Assert.Equal(7, check.Diagnostics.Count(d => d.Id == "UNITC0304"));
        Assert.False(File.Exists(Path.Combine(dir, "out", BuildManifest.FileName)));
    }

    [Theory]
    [InlineData("not a record at all\n\0\0\u00ff")]
    [InlineData("")]
    [InlineData("unitc-build 1\n")]
    [InlineData("unitc-build 1\nkey\tKEY\nspec\tshort\t/x.yaml\n")]
    [InlineData("unitc-build 1\nkey\tKEY\nspec\tHASH\tSPEC\ndoc\tnot-a-number\t1\tL-652-0848/mapping-grid.md\n")]
    [InlineData("unitc-build 1\nkey\tKEY\ndoc\t1\t1\tL-652-0848/mapping-grid.md\n")]
    public void CorruptRecordIsIgnored(string corrupt)
    {
        var dir = SpecFolder();
        BuildRunner.Run(Options(dir));
        var record = Path.Combine(dir, "out", BuildManifest.FileName);
        var key = File.ReadAllLines(record)[1]["key\t".Length..];
        File.WriteAllText(record, corrupt.Replace("KEY", key, StringComparison.Ordinal).Replace("HASH", BuildManifest.Hash(File.ReadAllBytes(SpecPath(dir))), StringComparison.Ordinal).Replace("SPEC", Path.GetFullPath(SpecPath(dir)), StringComparison.Ordinal));
        File.AppendAllText(Document(dir, "mapping-grid.md"), "edited by hand\n");

        var result = BuildRunner.Run(Options(dir));
        Assert.False(result.HasErrors);
        Assert.Equal((1, 6, 0), (result.Written, result.Unchanged, result.Skipped));
        Assert.Equal(1, BuildRunner.Run(Options(dir)).Skipped); // and a good record was written in its place
        Assert.Empty(Directory.GetFiles(Path.Combine(dir, "out"), "*.tmp"));
    }

    [Fact]
    public void UnitWithWarningsIsRenderedEveryTimeSoItsWarningsAreReported()
    {
        var dir = SpecFolder();
        File.WriteAllText(SpecPath(dir), File.ReadAllText(SpecPath(dir)).Replace("terms: [strength-based approaches, co-production,", "terms: [co-production,", StringComparison.Ordinal));
        var first = BuildRunner.Run(Options(dir));
        Assert.Contains(first.Diagnostics, d => d.Id == "UNITC0227");

        var second = BuildRunner.Run(Options(dir));
        Assert.Equal(0, second.Skipped);
        Assert.Contains(second.Diagnostics, d => d.Id == "UNITC0227");
    }

    [Fact]
    public void RecordOfADeletedSpecIsDropped()
    {
        var dir = SpecFolder();
        var other = Path.Combine(dir, "spec", "other.yaml");
        File.WriteAllText(other, File.ReadAllText(SpecPath(dir)).Replace("ref: L/652/0848", "ref: L/652/0849", StringComparison.Ordinal));
        BuildRunner.Run(Options(dir));
        var record = Path.Combine(dir, "out", BuildManifest.FileName);
        Assert.Contains(Path.GetFullPath(other), File.ReadAllText(record), StringComparison.Ordinal);

        File.Delete(other);
        Assert.Equal(1, BuildRunner.Run(Options(dir)).Skipped);
        Assert.DoesNotContain(Path.GetFullPath(other), File.ReadAllText(record), StringComparison.Ordinal);
    }

    [Fact]
    public void RecordKeepsEveryHashDigitAndDocumentPathThroughASave()
    {
        // Held in memory as a number and a shared folder: a hash with leading zeros, a document at
        // the root and documents in two folders must come back exactly as recorded.
        var dir = TestFolders.Create("manifest-form");
        var spec = Path.Combine(dir, "unit.yaml");
        File.WriteAllText(spec, "unitc: 3\n");
        var root = Path.Combine(dir, "out");
        string[] documents = ["L-1/a.md", "L-1/b.md", "catalogue.xlsx", "quals/L-1/a.md"];
        foreach (var document in documents)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, document))!);
            File.WriteAllText(Path.Combine(root, document), document);
        }

        const string hash = "000f00000000000000000000000000a1";
        using (var record = BuildManifest.Load(root, "key", write: true))
        {
            record.Record(spec, hash, root, documents);
            record.Save();
        }

        var text = File.ReadAllText(Path.Combine(root, BuildManifest.FileName));
        Assert.Contains($"spec\t{hash}\t{Path.GetFullPath(spec)}\n", text, StringComparison.Ordinal);
        Assert.Equal(documents, text.Split('\n').Where(l => l.StartsWith("doc\t", StringComparison.Ordinal)).Select(l => l.Split('\t')[3]));

        using var again = BuildManifest.Load(root, "key");
        Assert.True(again.TrySkip(spec, hash, root, out var current));
        Assert.Equal(4, current);
        Assert.False(again.TrySkip(spec, "100f00000000000000000000000000a1", root, out _));
    }
}
