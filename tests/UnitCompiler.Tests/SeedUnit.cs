using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;

namespace UnitCompiler.Tests;

/// <summary>
/// The seed unit as the document tests use it: the export with its synopsis, imported from the
/// fixtures (not the editable spec/), and a fresh project folder holding its reviewed spec.
/// </summary>
internal static class SeedUnit
{
    public static Unit WithGuidance { get; } = InputLoader.AddGuidance(
        InputLoader.LoadExport(TestPaths.Seed("000_49d6381e8fb9538e.txt")).Unit!,
        TestPaths.Seed("001_6bf64370099197f3.txt"),
        new DiagnosticBag())!;

    /// <summary>A new folder with spec/L-652-0848.yaml (the golden spec with guidance); returns the folder.</summary>
    public static string SpecFolder(string purpose)
    {
        var dir = TestFolders.Create(purpose);
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        File.Copy(Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.guidance.yaml"), Path.Combine(dir, "spec", "L-652-0848.yaml"));
        return dir;
    }
}
