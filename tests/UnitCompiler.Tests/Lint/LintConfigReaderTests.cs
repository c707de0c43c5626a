using UnitCompiler.Diagnostics;
using UnitCompiler.Lint;
using UnitCompiler.Project;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Lint;

/// <summary>The lint: keys of unitc.yaml that issue 20 added: spelling and level_quiet_verbs.</summary>
public class LintConfigReaderTests
{
    private static (LintConfig Config, DiagnosticBag Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = ProjectConfigReader.Read(new SourceText("unitc.yaml", yaml), diagnostics);
        return (config.Lint, diagnostics);
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
