using UnitCompiler.Project;
using UnitCompiler.Tests.Qualifications;

namespace UnitCompiler.Tests.Conformance;

/// <summary>The committed example qualification and its unit specs (a copy of spec/) built into a fresh folder in the formats a checker needs.</summary>
internal static class QualificationExampleBuild
{
    /// <returns>The qualification's own output folder (out/610-4213-7).</returns>
    public static string Build(params string[] formats)
    {
        var dir = TestFolders.Create("conformance-qualification");
        Directory.CreateDirectory(Path.Combine(dir, "spec"));
        foreach (var file in Directory.GetFiles(QualificationExample.SpecFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(dir, "spec", Path.GetFileName(file)));
        }

        var result = BuildRunner.Run(new BuildOptions([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, formats, false, 2));
        Assert.Empty(result.Diagnostics);
        return Path.Combine(dir, "out", "610-4213-7");
    }

    /// <summary>Every unit reference of the qualification's structure: what each converted document must hold.</summary>
    public static IEnumerable<string> UnitRefs => QualificationExample.Check(QualificationExample.Text).IsEmpty
        ? UnitCompiler.Spec.QualificationReader.Read(new UnitCompiler.Text.SourceText("q.yaml", QualificationExample.Text)).Qualification!.UnitRefs.Select(u => u.Ref)
        : throw new InvalidOperationException("the example qualification does not check cleanly");
}
