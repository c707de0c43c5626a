namespace UnitCompiler.Tests;

/// <summary>Where test inputs are: copied beside the test assembly, and in the repository for golden updates.</summary>
internal static class TestPaths
{
    public static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    public static string TestFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestFiles", .. parts]);

    /// <summary>The repository root, found from the test assembly's folder (for writing golden files back).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UnitCompiler.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("UnitCompiler.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
