using UnitCompiler.IO;
using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Render;

/// <summary>An output folder prepared by someone else (a checkout) cannot make a build write, or clean, outside it.</summary>
public class OutputSafetyTests
{
    private const string Unit = "L-652-0848";

    private static BuildOptions Options(string dir, string output = "out", bool check = false) =>
        new([Path.Combine(dir, "spec")], Path.Combine(dir, output), null, BuildOptions.DefaultFormats, check, 2);

    /// <summary>A project with the seed spec, and an empty folder beside it that links will point at.</summary>
    private static (string Dir, string Elsewhere) Project()
    {
        var dir = SeedUnit.SpecFolder("safety");
        var elsewhere = TestFolders.Create("elsewhere");
        return (dir, elsewhere);
    }

    private static string[] Entries(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(folder, p)).Order(StringComparer.Ordinal)];

    [Fact]
    public void LinkedUnitFolderIsRefusedAndNothingIsWrittenThroughIt()
    {
        var (dir, elsewhere) = Project();
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "out", Unit), elsewhere);

        var result = BuildRunner.Run(Options(dir));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("UNITC0330", d.Id);
        Assert.Equal(Path.Combine(dir, "out", Unit), d.Location.Path);
        Assert.Equal(0, result.Written);
        Assert.Empty(Entries(elsewhere));
        Assert.Contains(BuildRunner.Run(Options(dir, check: true)).Diagnostics, x => x.Id == "UNITC0330"); // check mode reports it too
    }

    [Fact]
    public void LinkInPlaceOfADocumentIsRefused()
    {
        var (dir, elsewhere) = Project();
        Assert.Equal(7, BuildRunner.Run(Options(dir)).Written);
        var target = Path.Combine(elsewhere, "precious.txt");
        File.WriteAllText(target, "not yours");
        var grid = Path.Combine(dir, "out", Unit, "mapping-grid.md");
        File.Delete(grid);
        File.CreateSymbolicLink(grid, target);

        var result = BuildRunner.Run(Options(dir));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("UNITC0330", grid), (d.Id, d.Location.Path));
        Assert.Equal("not yours", File.ReadAllText(target));
        Assert.True(FileSystemLinks.IsLink(grid), "the link is reported, not replaced");

        // The unit is not recorded as built: once the link is gone, the document comes back.
        File.Delete(grid);
        var mended = BuildRunner.Run(Options(dir));
        Assert.Equal((1, 6), (mended.Written, mended.Unchanged));
    }

    [Fact]
    public void LinkedOutputFolderIsRefused()
    {
        var (dir, elsewhere) = Project();
        Directory.CreateSymbolicLink(Path.Combine(dir, "out"), elsewhere);

        var result = BuildRunner.Run(Options(dir));

        Assert.Equal(("UNITC0330", Path.Combine(dir, "out")), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Location.Path));
        Assert.Empty(Entries(elsewhere));
        Assert.Contains(BuildRunner.Run(Options(dir, check: true)).Diagnostics, x => x.Id == "UNITC0330");
    }

    [Fact]
    public void LinkDeeperInTheOutputFolderIsFoundWhereverItIs()
    {
        var (_, elsewhere) = Project();
        var root = TestFolders.Create("links");
        Directory.CreateDirectory(Path.Combine(root, "a", "b"));
        Directory.CreateSymbolicLink(Path.Combine(root, "a", "link"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(root, "a", "b", "dangling"), Path.Combine(elsewhere, "nothing-here"));

        Assert.Null(FileSystemLinks.FirstLink(root, Path.Combine(root, "a", "b", "file.html")));
        Assert.Null(FileSystemLinks.FirstLink(root, Path.Combine(root, "not", "there", "yet.html")));
        Assert.Equal(Path.Combine(root, "a", "link"), FileSystemLinks.FirstLink(root, Path.Combine(root, "a", "link", "b", "file.html")));
        Assert.Equal(Path.Combine(root, "a", "b", "dangling"), FileSystemLinks.FirstLink(root, Path.Combine(root, "a", "b", "dangling")));
        Assert.False(FileSystemLinks.IsLink(root));
    }

    [Fact]
    public void TemporariesBehindALinkAreNotCleanedAway()
    {
        var (dir, elsewhere) = Project();
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        Directory.CreateSymbolicLink(Path.Combine(dir, "out", Unit), elsewhere);
        var bait = Path.Combine(elsewhere, AtomicFile.TemporaryName("mapping-grid.md", 999_999_999, Guid.NewGuid()));
        File.WriteAllText(bait, "someone else's file, named like a stale temporary");

        BuildRunner.Run(Options(dir));

        Assert.True(File.Exists(bait));
    }

    [Fact]
    public void OutputFolderThatIsAFileIsRefused()
    {
        var (dir, _) = Project();
        var file = Path.Combine(dir, "out");
        File.WriteAllText(file, "a file");

        var result = BuildRunner.Run(Options(dir));

        Assert.Equal(("UNITC0331", file), (Assert.Single(result.Diagnostics).Id, result.Diagnostics[0].Location.Path));
        Assert.Equal("a file", File.ReadAllText(file));

        var below = BuildRunner.Run(Options(dir, Path.Combine("out", "sub")));
        Assert.Equal("UNITC0332", Assert.Single(below.Diagnostics).Id);
    }

    [Fact]
    public void ABuildThatWritesNothingLeavesNoFolderBehind()
    {
        var (dir, _) = Project();
        var spec = Path.Combine(dir, "spec", $"{Unit}.yaml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("    kind: skill\n", "    kind: practical\n"));

        Assert.True(BuildRunner.Run(Options(dir)).HasErrors);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void ALockHeldByAnotherBuildStopsThisOneBeforeItWrites()
    {
        var (dir, _) = Project();
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(output);
        using (new FileStream(Path.Combine(output, OutputLock.FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var result = BuildRunner.Run(Options(dir));
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal("UNITC0333", d.Id);
            Assert.Contains($"another unitc build is writing to {output}{Path.DirectorySeparatorChar} (lock {Path.Combine(output, OutputLock.FileName)})", d.Message);
            Assert.Equal([OutputLock.FileName], Entries(output));
        }

        Assert.Equal(7, BuildRunner.Run(Options(dir)).Written); // released: the next build goes ahead
    }

    [Fact]
    public void ALinkInPlaceOfTheBuildRecordIsNotFollowed()
    {
        var (dir, _) = Project();
        Assert.Equal(7, BuildRunner.Run(Options(dir)).Written);
        var record = Path.Combine(dir, "out", BuildManifest.FileName);
        File.Delete(record);
        File.CreateSymbolicLink(record, "/dev/zero"); // endless: reading it would never finish

        var result = BuildRunner.Run(Options(dir));

        Assert.Equal((0, 7, 0), (result.Written, result.Unchanged, result.Skipped)); // a full build, finding every document current
        Assert.False(FileSystemLinks.IsLink(record), "the record is written anew in place of the link");
    }

    [Fact]
    public void ALinkIsFoundAfterTheGuardHasForgottenTheFoldersBeforeIt()
    {
        // The guard remembers a bounded number of folders; past the bound it forgets, and must look again, not answer "no link".
        var root = TestFolders.Create("guard");
        var elsewhere = TestFolders.Create("guard-elsewhere");
        Directory.CreateSymbolicLink(Path.Combine(root, "linked"), elsewhere);
        var guard = new OutputLinkGuard(root);
        var linked = Path.Combine(root, "linked", "a.md");
        Assert.Equal(Path.Combine(root, "linked"), guard.FindFolderLink(linked));
        for (var i = 0; i < 3000; i++)
        {
            Assert.Null(guard.FindFolderLink(Path.Combine(root, $"L-{i}", "a.md")));
            if (i % 500 == 0)
            {
                Assert.Equal(Path.Combine(root, "linked"), guard.FindFolderLink(linked));
                Assert.False(guard.IsLinkFree(Path.Combine(root, "linked")));
            }
        }

        Assert.Equal(Path.Combine(root, "linked"), guard.FindFolderLink(linked));
    }
}
