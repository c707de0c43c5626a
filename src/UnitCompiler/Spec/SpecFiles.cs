using UnitCompiler.Model;

namespace UnitCompiler.Spec;

/// <summary>Where specs live and how they are found.</summary>
public static class SpecFiles
{
    public const string DefaultFolder = "spec";

    /// <summary><c>spec/L-652-0848.yaml</c> for unit L/652/0848.</summary>
    public static string DefaultPath(Unit unit, string folder = DefaultFolder) => Path.Combine(folder, unit.Header.FileStem + ".yaml");

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
