using UnitCompiler.Fuzz;

namespace UnitCompiler.Tests.Fuzz;

/// <summary>
/// The committed fuzz corpus replayed through every target: no input may make an exception escape.
/// Each input goes through all three targets, not only its own, since a synopsis or a spec pasted
/// as a unit is exactly the kind of mistake users make.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }

        return data;
    }

    [Fact]
    public void EachTargetHasACorpus()
    {
        foreach (var target in FuzzTargets.Names)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", target);
            Assert.True(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), $"no corpus for {target}");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void NoExceptionEscapesAnyTarget(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, file));
        foreach (var name in FuzzTargets.Names)
        {
            var target = FuzzTargets.Find(name);
            Assert.NotNull(target);
            var escaped = Record.Exception(() => target(bytes));
            Assert.True(escaped is null, $"{name} threw on {file}: {escaped}");
        }
    }
}
