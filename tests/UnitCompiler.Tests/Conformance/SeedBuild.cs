using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Render;

namespace UnitCompiler.Tests.Conformance;

/// <summary>The seed unit, with its guidance, built into a fresh folder in the formats a checker needs.</summary>
internal static class SeedBuild
{
    public static Unit Unit { get; } = SeedUnit.WithGuidance;

    public static string Build(params string[] formats)
    {
        var dir = SeedUnit.SpecFolder("conformance");
        var result = BuildRunner.Run(new BuildOptions([Path.Combine(dir, "spec")], Path.Combine(dir, "out"), null, formats, false, 2));
        Assert.Empty(result.Diagnostics);
        return Path.Combine(dir, "out");
    }

    /// <summary>Every criterion's wording as plain text, flattened: what each converted document must hold.</summary>
    public static IEnumerable<string> CriteriaText => Unit.Criteria.Select(c => CheckerRun.Flatten(MarkdownInline.ToPlainText(c.Text.Value)));
}
