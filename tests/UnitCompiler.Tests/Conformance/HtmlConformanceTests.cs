namespace UnitCompiler.Tests.Conformance;

/// <summary>
/// The HTML documents as reviewers' own tools see them: the W3C Nu HTML checker reports no errors,
/// and axe-core in Chromium reports no WCAG 2.2 A/AA violation. A screenshot of each document's
/// first A4 page is kept in artifacts/screenshots/ for a person to look at.
/// </summary>
public class HtmlConformanceTests
{
    [SkippableFact]
    public void EveryHtmlDocumentPassesTheNuCheckerAndAxe()
    {
        var node = ExternalTools.OnPath("node");
        ExternalTools.Require("Node.js", node is not null);
        ExternalTools.Require("the checkers' npm packages", Directory.Exists(Path.Combine(ExternalTools.CheckersFolder, "node_modules", "vnu-jar")));
        ExternalTools.Require("Java", ExternalTools.OnPath("java") is not null);
        ExternalTools.RequireChromium();

        var html = Directory.GetFiles(SeedBuild.Build("html"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, html.Count);
        var screenshots = ExternalTools.ArtifactsFolder("screenshots");
        var run = CheckerRun.Start(node!, [Path.Combine(ExternalTools.CheckersFolder, "check-html.mjs"), "--screenshots", screenshots, "--verbose", .. html], TimeSpan.FromMinutes(5));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("3 passed, 0 failed", run.Output);
        foreach (var file in html)
        {
            var png = Path.Combine(screenshots, Path.GetFileNameWithoutExtension(file) + ".png");
            Assert.True(File.Exists(png) && new FileInfo(png).Length > 1000, $"no screenshot of {file} at {png}");
        }
    }

    [SkippableFact]
    public void TheQualificationSpecificationPassesTheNuCheckerAndAxe()
    {
        var node = ExternalTools.OnPath("node");
        ExternalTools.Require("Node.js", node is not null);
        ExternalTools.Require("the checkers' npm packages", Directory.Exists(Path.Combine(ExternalTools.CheckersFolder, "node_modules", "vnu-jar")));
        ExternalTools.Require("Java", ExternalTools.OnPath("java") is not null);
        ExternalTools.RequireChromium();

        var html = Path.Combine(QualificationExampleBuild.Build("html"), "specification.html");
        var run = CheckerRun.Start(node!, [Path.Combine(ExternalTools.CheckersFolder, "check-html.mjs"), "--verbose", html], TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 passed, 0 failed", run.Output);
    }

    [SkippableFact]
    public void TheMappingGridWithItsKsbViewPassesTheNuCheckerAndAxe()
    {
        var node = ExternalTools.OnPath("node");
        ExternalTools.Require("Node.js", node is not null);
        ExternalTools.Require("the checkers' npm packages", Directory.Exists(Path.Combine(ExternalTools.CheckersFolder, "node_modules", "vnu-jar")));
        ExternalTools.Require("Java", ExternalTools.OnPath("java") is not null);
        ExternalTools.RequireChromium();

        var html = Path.Combine(TestFolders.Create("ksb-view-html"), "mapping-grid.html");
        File.WriteAllBytes(html, Render.KsbViewTests.Render(Render.KsbViewTests.Mapped())["html"].Content);
        var run = CheckerRun.Start(node!, [Path.Combine(ExternalTools.CheckersFolder, "check-html.mjs"), "--verbose", html], TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("1 passed, 0 failed", run.Output);
    }
}
