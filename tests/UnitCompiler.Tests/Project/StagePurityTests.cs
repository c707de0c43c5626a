using System.Text.RegularExpressions;

namespace UnitCompiler.Tests.Project;

/// <summary>
/// Stages take values and return values: which files to read and where output goes is the project
/// layer's (src/UnitCompiler/Project) and IO's. A stage that reached for the file system would
/// decide that again, per command, as it did before issue 15.
/// </summary>
public partial class StagePurityTests
{
    private static readonly string[] Stages = ["Import", "Guidance", "Lint", "Spec", "Model", "Render", "Yaml", "Text", "Qualifications", "Exchange", "Changes"];

    [GeneratedRegex(@"(?<![\w.])(File|Directory|FileInfo|DirectoryInfo|FileStream|DriveInfo|FileSystemWatcher)\.\w|\bnew\s+(FileInfo|DirectoryInfo|FileStream|FileSystemWatcher)\b")]
    private static partial Regex FileSystemCall();

    [Fact]
    public void NoStageFolderTouchesTheFileSystem()
    {
        var library = Path.Combine(TestPaths.RepositoryRoot, "src", "UnitCompiler");
        var offences = new List<string>();
        foreach (var stage in Stages)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(library, stage), "*.cs", SearchOption.AllDirectories))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var code = lines[i].TrimStart();
                    if (!code.StartsWith("//", StringComparison.Ordinal) && FileSystemCall().IsMatch(code))
                    {
                        offences.Add($"{Path.GetRelativePath(library, file)}({i + 1}): {code}");
                    }
                }
            }
        }

        Assert.Empty(offences);
    }

    [Fact]
    public void TheScanFindsAFileSystemCall()
    {
        // The scan above proves nothing if its pattern misses the calls it is for.
        Assert.Matches(FileSystemCall(), "if (File.Exists(path))");
        Assert.Matches(FileSystemCall(), "Directory.EnumerateFiles(folder)");
        Assert.Matches(FileSystemCall(), "var info = new FileInfo(path);");
        Assert.DoesNotMatch(FileSystemCall(), "SourceLocation.File(path)");
        Assert.DoesNotMatch(FileSystemCall(), "var profile = Path.Combine(a, b);");
    }
}
