using UnitCompiler.Project;
namespace UnitCompiler.Tests.Conformance;

/// <summary>
/// The third-party programs the conformance tests run (Chromium, the W3C Nu checker, axe-core,
/// LibreOffice), which tools/checkers/install.sh installs and .ci/run calls. On a developer's machine
/// without them these tests are skipped with the command that installs them; in CI (CI=true) a
/// missing tool is a failure, so a broken install can never pass as "nothing to check".
/// </summary>
internal static class ExternalTools
{
    public static string CheckersFolder => Path.Combine(TestPaths.RepositoryRoot, "tools", "checkers");

    public static void Require(string what, bool present)
    {
        if (present)
        {
            return;
        }

        var message = $"{what} is not installed: run tools/checkers/install.sh (as .ci/run does)";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false")
        {
            Assert.Fail(message);
        }

        Skip.If(true, message);
    }

    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    public static string RequireChromium()
    {
        var browser = UnitCompiler.Pdf.Browser.Find();
        Require("Chromium", browser is not null && File.Exists(browser));
        return browser!;
    }

    /// <summary>Where reviewable by-products of the tests (screenshots) are kept: artifacts/ at the repository root, ignored by git.</summary>
    public static string ArtifactsFolder(string name)
    {
        var dir = Path.Combine(TestPaths.RepositoryRoot, "artifacts", name);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
