using UnitCompiler.Tests.Qualifications;
using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>
/// A project whose spec/ holds unit specs and a qualification spec side by side, as the committed
/// example does: build, lint and fmt each tell them apart by the root key and handle both; schema
/// prints the qualification's schema on request.
/// </summary>
public class QualificationProcessTests
{
    private static string Project()
    {
        var dir = TestFolders.Create("qualification-cli");
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        foreach (var file in Directory.GetFiles(QualificationExample.SpecFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, "spec", Path.GetFileName(file)));
        }

        return dir;
    }

    [Fact]
    public void BuildLintAndFmtHandleBothKindsInOneFolder()
    {
        var dir = Project();
        var build = Start(dir, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("3 unit(s) and 1 qualification(s)", build.Error);
        Assert.True(File.Exists(Path.Combine(dir, "out", "610-4213-7", "specification.html")));
        Assert.Equal(0, Start(dir, "build", "--check").ExitCode);
        Assert.Equal(0, Start(dir, "fmt", "--check").ExitCode);
        var lint = Start(dir, "lint", "--format", "json");
        Assert.DoesNotContain("610-4213-7.yaml", lint.Output); // the example's wording is clean

        // A format 1 qualification spec with a US spelling in its title: lint finds it, fmt upgrades it.
        var spec = Path.Combine(dir, "spec", QualificationExample.FileName);
        File.WriteAllText(spec, File.ReadAllText(TestPaths.TestFile("qualifications", "diploma.yaml")).Replace("for Adult Care", "for Adult Care Organizations"));
        Assert.Contains("UNITC1021", Start(dir, "lint", "spec/" + QualificationExample.FileName).Output);
        Assert.Equal(1, Start(dir, "fmt", "--check").ExitCode);
        Assert.Equal(0, Start(dir, "fmt").ExitCode);
        Assert.StartsWith("# yaml-language-server: $schema=qualification.schema.json\nunitc: 3\n", File.ReadAllText(spec));
        Assert.Equal(0, Start(dir, "fmt", "--check").ExitCode);
    }

    [Fact]
    public void SchemaPrintsTheQualificationSchemaOnRequest()
    {
        var run = Start(Project(), "schema", "--qualification");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(UnitCompiler.Spec.QualificationSchema.Text, run.Output);
    }
}
