using static UnitCompiler.Tests.Cli.UnitcProcess;

namespace UnitCompiler.Tests.Cli;

/// <summary>
/// <c>unitc route</c> as a registration system runs it: a qualification spec, the project's unit specs
/// for the facts of the units they hold, and a learner's choice answered with exit 0 or 1 and, when it
/// fails, every broken rule with the units that would mend it.
/// </summary>
public class RouteProcessTests
{
    private static readonly string Diploma = TestPaths.TestFile("qualifications", "diploma.yaml");

    private static string Project()
    {
        var dir = SeedUnit.SpecFolder("route");
        File.Copy(Diploma, Path.Combine(dir, "diploma.yaml"));
        return dir;
    }

    /// <summary>Runs route on a project whose diploma has <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    private static Run RouteOnEdited(string from, string to)
    {
        var dir = Project();
        var path = Path.Combine(dir, "diploma.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to));
        return Start(dir, "route", "diploma.yaml", "L/652/0848");
    }

    [Fact]
    public void AValidChoiceExitsZeroWithItsTotals()
    {
        var run = Start(Project(), "route", "diploma.yaml", "L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003", "A/200/0001", "A/200/0003", "B/300/0001", "B/300/0002");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("603/1234/5 Level 5 Diploma in Leadership and Management for Adult Care: the choice meets every rule of combination (37 credits, 219 GLH).", run.Output);
    }

    [Fact]
    public void AnInvalidChoiceNamesEachBrokenRuleAndWhatWouldFixIt()
    {
        var run = Start(Project(), "route", "diploma.yaml", "L/652/0848", "M/100/0001", "M/100/0002", "A/200/0001", "A/200/0002", "A/200/0003", "B/300/0003");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("- mandatory unit M/100/0003 (Safeguarding in adult care) is missing", run.Output);
        Assert.Contains("- A/200/0002 and B/300/0003 may not be taken together: drop one of them", run.Output);
        Assert.DoesNotContain("optional group B needs", run.Output);

        var shortOfB = Start(Project(), "route", "diploma.yaml", "L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003", "A/200/0001", "A/200/0003", "B/300/0001");
        Assert.Equal(1, shortOfB.ExitCode);
        Assert.Contains("- optional group B needs 3 more credit(s): any of B/300/0002 (3), B/300/0003 (6)", shortOfB.Output);
        Assert.Contains("- the qualification needs 3 more credit(s) (34 of 37)", shortOfB.Output);
    }

    [Fact]
    public void JsonCarriesTheFailuresAndTheirFixes()
    {
        var run = Start(Project(), "route", "diploma.yaml", "--json", "L/652/0848", "M/100/0001", "M/100/0002", "M/100/0003", "A/200/0001", "A/200/0003", "B/300/0001");
        Assert.Equal(1, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(34, json.RootElement.GetProperty("credits").GetInt32());
        var group = json.RootElement.GetProperty("failures").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "GroupMinimum");
        Assert.Equal(["B/300/0002", "B/300/0003"], group.GetProperty("fixes").EnumerateArray().Select(u => u.GetProperty("ref").GetString()!).ToArray());
    }

    [Fact]
    public void AQualificationThatBreaksItsOwnRulesIsReportedAtItsLine()
    {
        var run = RouteOnEdited("glh: 219", "glh: 230");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("diploma.yaml(3,11): error UNITC0509: the qualification states 230 GLH, but the lowest over its valid routes is 219", run.Error);
    }

    [Fact]
    public void AMisspeltKeyIsAnErrorWithASuggestion()
    {
        var run = RouteOnEdited("    min_credits: 11", "    min_credit: 11");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("diploma.yaml(16,5): error UNITC0221: unknown key 'min_credit' in a group (did you mean 'min_credits'?)", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
