using UnitCompiler.Diagnostics;
using UnitCompiler.Lint;

namespace UnitCompiler.Tests.Lint;

/// <summary>The lint: keys of unitc.yaml that issue 20 added: spelling and level_quiet_verbs.</summary>
public class LintConfigReaderTests
{
    private static (LintConfig Config, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"unitc-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var diagnostics = new DiagnosticBag();
            return (LintConfigReader.Read(path, diagnostics), diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SpellingAndQuietVerbsAreRead()
    {
        var (config, diagnostics) = Read("lint:\n  spelling: oxford\n  level_quiet_verbs: [describe]\n");
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(SpellingStyle.Oxford, config.Spelling);
        Assert.Equal(["describe"], config.LevelQuietVerbs);
    }

    [Fact]
    public void TheDefaultsAreBritishSpellingAndThreeQuietVerbs()
    {
        Assert.Equal(SpellingStyle.British, LintConfig.Default.Spelling);
        Assert.Equal(["describe", "explain", "identify"], LintConfig.Default.LevelQuietVerbs.Order());
    }

    [Fact]
    public void AnUnknownSpellingIsAnError() => Assert.True(Read("lint:\n  spelling: american\n").Diagnostics.HasErrors);
}
