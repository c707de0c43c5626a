namespace UnitCompiler.Tests.Qualifications;

/// <summary>The register's facts of format 2, each rule broken once on the committed example, its diagnostic at the key's line.</summary>
public class QualificationRegisterTests
{
    [Fact]
    public void TheCommittedExampleIsValid() => Assert.Empty(QualificationExample.Check(QualificationExample.Text));

    [Fact]
    public void MinGlhIsNotTheLowestRoute()
    {
        var d = Assert.Single(QualificationExample.Check("  min_glh: 241\n", "  min_glh: 230\n"));
        Assert.Equal(("UNITC0514", QualificationExample.LineOf("min_glh:")), (d.Id, d.Location.Line));
        Assert.Contains("241", d.Message);
    }

    [Fact]
    public void MaxGlhBelowMin()
    {
        var d = Assert.Single(QualificationExample.Check("  max_glh: 330\n", "  max_glh: 200\n"));
        Assert.Equal(("UNITC0515", QualificationExample.LineOf("max_glh:")), (d.Id, d.Location.Line));
    }

    [Fact]
    public void DatesOutOfOrder()
    {
        var d = Assert.Single(QualificationExample.Check("  operational_end: \"2030-08-31\"\n", "  operational_end: \"2024-08-31\"\n"));
        Assert.Equal(("UNITC0516", QualificationExample.LineOf("operational_end:")), (d.Id, d.Location.Line));

        var history = Assert.Single(QualificationExample.Check("    date: \"2025-11-14\"\n", "    date: \"2025-01-14\"\n"));
        Assert.Equal("UNITC0516", history.Id);
        Assert.Contains("version 1.1", history.Message);
    }

    [Fact]
    public void AWrongDateIsAWrongType()
    {
        var d = Assert.Single(QualificationExample.Check("  review_date: \"2029-08-31\"\n", "  review_date: 31/08/2029\n"));
        Assert.Equal(("UNITC0223", QualificationExample.LineOf("review_date:")), (d.Id, d.Location.Line));
    }
}
