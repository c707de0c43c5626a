using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Project;

namespace UnitCompiler.Tests.Qualifications;

/// <summary>
/// A qualification's units are found among the project's specs by reference, and only those are
/// kept: a large catalogue with one qualification must not hold every unit's model.
/// </summary>
public class QualificationCatalogueTests
{
    private static string SpecFolder => Path.Combine(TestPaths.RepositoryRoot, "spec");

    [Fact]
    public void OnlyTheUnitsTheQualificationNamesAreKept()
    {
        var (_, qualification, read) = InputLoader.LoadQualification(Path.Combine(SpecFolder, "610-4213-7.yaml"));
        Assert.Empty(read);
        var named = qualification!.UnitRefs.Select(u => u.Ref).ToHashSet(StringComparer.Ordinal);
        var dir = TestFolders.Create("qualification-units");
        var seed = File.ReadAllText(Path.Combine(SpecFolder, "L-652-0848.yaml"));
        // Another unit whose text mentions a named unit's reference: read, since it might be that unit, and not kept.
        var other = seed.Replace("ref: L/652/0848", "ref: Z/999/9999", StringComparison.Ordinal)
            .Replace("  title: Leading", "  title: Following L/652/0848, Leading", StringComparison.Ordinal);
        Assert.Contains("Following L/652/0848", other, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "Z-999-9999.yaml"), other);
        var specs = ProjectInputs.Expand([SpecFolder]).Append(Path.Combine(dir, "Z-999-9999.yaml")).ToList();
        var all = specs.Select(f => InputLoader.LoadSpec(f, InputLimits.Default).Unit).OfType<Model.Unit>().Select(u => u.Header.Ref).ToList();
        Assert.Contains(all, r => !named.Contains(r)); // the folder holds a unit the qualification does not name

        var catalogue = ProjectQualifications.Catalogue(qualification, specs, InputLimits.Default, new DiagnosticBag());
        Assert.Equal(all.Where(named.Contains).Order(StringComparer.Ordinal), catalogue.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASpecThatCannotNameAUnitIsNotRead()
    {
        var (_, qualification, _) = InputLoader.LoadQualification(Path.Combine(SpecFolder, "610-4213-7.yaml"));
        var dir = TestFolders.Create("qualification-catalogue");
        var broken = Path.Combine(dir, "broken.yaml");
        File.WriteAllText(broken, "unitc: 4\nunit: [this is not a unit\n");
        var named = Path.Combine(dir, "named.yaml");
        File.WriteAllText(named, "unitc: 4\nunit:\n  ref: L/652/0848\n  title: [not closed\n");

        var diagnostics = new DiagnosticBag();
        var catalogue = ProjectQualifications.Catalogue(qualification!, [broken, named], InputLimits.Default, diagnostics);
        Assert.Empty(catalogue);
        // The spec that names a unit of the qualification and does not load is reported; the other, which cannot be one, is not read.
        Assert.NotEmpty(diagnostics.ToImmutable());
        Assert.All(diagnostics.ToImmutable(), d => Assert.EndsWith("named.yaml", d.Location.Path, StringComparison.Ordinal));
    }
}
