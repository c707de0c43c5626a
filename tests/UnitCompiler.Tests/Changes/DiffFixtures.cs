using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Project;

namespace UnitCompiler.Tests.Changes;

/// <summary>The fixture pairs of TestFiles/diff: the seed's spec before and after one kind of change.</summary>
internal static class DiffFixtures
{
    public static readonly string[] Cases = ["renumbered", "moved", "spelling", "meaning", "metadata", "items"];

    public static (LoadedCatalogue Before, LoadedCatalogue After) Load(string name)
    {
        var diagnostics = new DiagnosticBag();
        var before = CatalogueLoader.LoadFiles([TestPaths.TestFile("diff", name, "old.yaml")], InputLimits.Default, diagnostics);
        var after = CatalogueLoader.LoadFiles([TestPaths.TestFile("diff", name, "new.yaml")], InputLimits.Default, diagnostics);
        Assert.Empty(diagnostics.ToImmutable().Where(d => d.IsError));
        return (before, after);
    }

    public static ChangeSet Diff(string name, DiffSettings? settings = null)
    {
        var (before, after) = Load(name);
        return CatalogueDiffer.Diff(before.Catalogue, after.Catalogue, settings);
    }
}
