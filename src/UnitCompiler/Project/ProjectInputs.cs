namespace UnitCompiler.Project;

/// <summary>How the inputs a command names (files and folders) become the files it reads.</summary>
public static class ProjectInputs
{
    /// <summary>Files as given, and the *.yaml / *.yml files of folders (recursively), in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
