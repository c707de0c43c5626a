namespace UnitCompiler.Tests;

/// <summary>
/// The one way tests make a temporary folder: a new folder under the temp folder, removed with
/// everything in it when the test run ends (a folder still in use then is left for the system).
/// </summary>
internal static class TestFolders
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "unitc-tests", $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");

    static TestFolders() => AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(Root);

    /// <summary>A new, empty folder; <paramref name="purpose"/> names it, so a folder left behind says whose it was.</summary>
    public static string Create(string purpose = "test")
    {
        var dir = Path.Combine(Root, $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open (a browser that has not let go): the temp folder's own clean-up takes it.
        }
    }
}
