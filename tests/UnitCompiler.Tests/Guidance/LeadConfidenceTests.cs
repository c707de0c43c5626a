using UnitCompiler.Guidance;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// The print confidence on the best criterion's lead over the runner-up (<see cref="AlignerSettings.PrintOnLead"/>):
/// what is written, and that, fitted on three authors, it prints right on the fourth.
/// </summary>
public class LeadConfidenceTests
{
    private static readonly Lazy<AlignmentSet> Pool = new(() => AlignmentSet.LoadPool(TestPaths.TestFile(""), TestPaths.Seed("")));

    [Fact]
    public void TheBestCriterionIsWrittenWithItsLeadAndEveryRunnerUpWithZero()
    {
        // Listed by the scores themselves (ListBy is tested below): the first listed is the best.
        var lead = AlignerSettings.Default with { PrintAt = null, ListBy = null };
        var raw = lead with { PrintOnLead = false };
        var checkedItems = 0;
        foreach (var (_, _, unit) in Pool.Value.Units.Take(8))
        {
            foreach (var (l, r) in GuidanceAligner.Align(unit, lead).Guidance!.AllItems.Zip(GuidanceAligner.Align(unit, raw).Guidance!.AllItems))
            {
                // The same criteria in the same order: the lead changes what is written, not what is listed.
                Assert.Equal(r.Criteria.Select(c => c.CriterionId), l.Criteria.Select(c => c.CriterionId));
                if (l.Criteria.Length < 2)
                {
                    continue;
                }

                Assert.Equal(Math.Max(0, r.Criteria[0].Score - r.Criteria[1].Score), l.Criteria[0].Score, 0.0015);
                Assert.All(l.Criteria.Skip(1), c => Assert.Equal(0, c.Score));
                checkedItems++;
            }
        }

        Assert.True(checkedItems > 50, $"{checkedItems} items");
    }

    [Fact]
    public void ListedInAnotherOrderTheGeneralDecisionAndTheLeadStayTheScores()
    {
        // ListBy reorders the list only: the same items are general, and the first listed keeps a lead only when it is also the best by BM25.
        var byScore = AlignerSettings.Default with { PrintAt = null, ListBy = null };
        var listed = byScore with { ListBy = AlignmentMethod.Fused };
        var (reordered, kept) = (0, 0);
        foreach (var (_, _, unit) in Pool.Value.Units.Take(12))
        {
            foreach (var (s, l) in GuidanceAligner.Align(unit, byScore).Guidance!.AllItems.Zip(GuidanceAligner.Align(unit, listed).Guidance!.AllItems))
            {
                Assert.Equal(s.Criteria.Length == 0, l.Criteria.Length == 0);
                if (l.Criteria.Length == 0)
                {
                    continue;
                }

                Assert.All(l.Criteria.Skip(1), c => Assert.Equal(0, c.Score));
                if (l.Criteria[0].CriterionId == s.Criteria[0].CriterionId)
                {
                    Assert.Equal(s.Criteria[0].Score, l.Criteria[0].Score, 9);
                    kept++;
                }
                else
                {
                    Assert.Equal(0, l.Criteria[0].Score);
                    reordered++;
                }
            }
        }

        Assert.True(reordered > 5 && kept > 50, $"{reordered} reordered, {kept} kept");
    }

    [Fact]
    public void TheShippedLeadIsWrittenAsThePrintConfidence()
    {
        Assert.True(AlignerSettings.Default.PrintOnLead && AlignerSettings.Semantic.PrintOnLead);
        Assert.Equal(GuidanceAligner.PrintConfidence, AlignerSettings.Default.Calibrate(AlignerSettings.Default.PrintAt!.Value), 9);
    }

    [Fact]
    public void FittedOnTheOtherAuthorsTheLeadPrintsAtLeast90PercentRightOnTheOneLeftOut()
    {
        // Leave-one-author-out, as the bench's --loao: the confidence is fitted to print 95 % right on the other authors' parts (six, since the seventh joined the pool) and their pool.
        var lead = AlignerSettings.Default with { PrintAt = null };
        var align = PrintCalibration.Once(u => GuidanceAligner.Align(u, lead));
        var cells = PrintCalibration.LeaveOneAuthorOut(Pool.Value, align, 0.95);
        Assert.Equal(AlignmentSet.Authors.Count, cells.Count);
        Assert.All(cells, c => Assert.True(c.Held.Printed > 0 && c.Held.PrintedPrecision >= 0.9, $"{c.Author}: {c.Held.PrintedRight}/{c.Held.Printed} at {c.Confidence}"));

        // Fitted on all seven it is still the shipped lead (the sixth round refitted nothing).
        Assert.Equal(AlignerSettings.Default.PrintAt!.Value, PrintCalibration.FitPool(Pool.Value, align, 0.95), 9);
    }
}
