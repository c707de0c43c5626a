using UnitCompiler.Import;
using UnitCompiler.Model;

namespace UnitCompiler.Tests.Import;

public class SeedImportTests
{
    [Fact]
    public void SeedHasSevenOutcomesAndTwentyFourCriteria()
    {
        var result = UnitImporter.ImportFile(TestPaths.Seed("000_49d6381e8fb9538e.txt"));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var unit = result.Unit!;
        Assert.Equal(7, unit.Outcomes.Length);
        Assert.Equal(24, unit.Criteria.Count());
        Assert.Equal(["3", "5", "7"], unit.Assessment.SkillOutcomes.ToArray());
        Assert.Equal(15, unit.Definitions.Count());
        Assert.Equal(["1.1", "2.1", "2.2", "2.3", "5.2", "6.3", "6.4"], unit.IndicativeContent.Select(c => c.CriterionId).ToArray());
    }
}
