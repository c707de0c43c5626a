using UnitCompiler.Guidance;

namespace UnitCompiler.Tests.Guidance;

/// <summary>
/// The tuning pool the aligners are chosen on, and the candidates the bench compares (outcome score,
/// document-order prior, learned ranker, learned general decision): each does what its setting says.
/// </summary>
public class AlignmentCandidateTests
{
    private static readonly Lazy<AlignmentSet> Pool = new(() => AlignmentSet.LoadPool(TestPaths.TestFile(""), TestPaths.Seed("")));

    [Fact]
    public void ThePoolIsTheTuningHalfAndTheSixFormerHeldOutSets()
    {
        Assert.Equal(71, Pool.Value.Count("tuning"));
        Assert.Equal(103, Pool.Value.Count("heldout"));
        Assert.Equal(137, Pool.Value.Count("heldout2"));
        Assert.Equal(165, Pool.Value.Count("heldout3"));
        Assert.Equal(166, Pool.Value.Count("heldout4"));
        Assert.Equal(165, Pool.Value.Count("heldout5"));
        Assert.Equal(168, Pool.Value.Count("heldout6"));
        Assert.Equal(975, Pool.Value.Count("pool"));
        Assert.Equal(90, Pool.Value.Count("test"));

        // Leave-one-author-out trains on the pool without one author's part.
        Assert.Equal(975 - 165, Pool.Value.Count("pool-heldout3"));
        Assert.Equal(975 - 71, Pool.Value.Count("pool-tuning"));
        Assert.Equal(975 - 166, Pool.Value.Count("pool-heldout4"));
    }

    [Fact]
    public void AShuffledSynopsisKeepsEachLabelWithItsItem()
    {
        // Without the order prior an item's alignment does not depend on where it stands, so the counts must not move.
        var settings = AlignerSettings.Default;
        var before = Pool.Value.Evaluate(settings, "pool", GuidanceAligner.PrintConfidence);
        var after = Pool.Value.Shuffled(7).Evaluate(settings, "pool", GuidanceAligner.PrintConfidence);
        Assert.Equal((before.Top1, before.Top3, before.General, before.Printed, before.PrintedRight), (after.Top1, after.Top3, after.General, after.Printed, after.PrintedRight));
    }

    [Fact]
    public void AStrongOrderPriorPutsEachSectionInTheUnitsOrder()
    {
        var settings = AlignerSettings.Default with { OrderBonus = 2 };
        foreach (var (_, _, unit) in Pool.Value.Units)
        {
            var position = unit.Outcomes.SelectMany(o => o.Criteria).Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var g = GuidanceAligner.Align(unit, settings).Guidance!;
            foreach (var section in new[] { g.KeyConcepts, g.ExamTips, g.Misconceptions, g.MarkingPoints })
            {
                // A criterion after the previous item's comes first unless none after it has any evidence at all (score 0 is never listed).
                int? previous = null;
                foreach (var item in section.Where(i => i.Criteria.Length > 0))
                {
                    var first = position[item.Criteria[0].CriterionId];
                    Assert.True(previous is not { } p || first >= p || item.Criteria.All(c => position[c.CriterionId] < p), item.Text.Value);
                    previous = first;
                }
            }
        }
    }

    [Fact]
    public void WithAllWeightOnTheOutcomeSiblingCriteriaTie()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var g = GuidanceAligner.Align(unit, AlignerSettings.Default with { OutcomeWeight = 1 }).Guidance!;
        var outcomeOf = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, o.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        foreach (var item in g.AllItems.Where(i => i.Criteria.Length > 1))
        {
            foreach (var pair in item.Criteria.Zip(item.Criteria.Skip(1)).Where(p => outcomeOf[p.First.CriterionId] == outcomeOf[p.Second.CriterionId]))
            {
                Assert.Equal(pair.First.Score, pair.Second.Score);
            }
        }
    }

    [Fact]
    public void ALearnedRankerWeighingOnlyBm25RanksAsBm25Does()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var bm25 = new AlignerSettings(AlignmentMethod.Bm25, 0, 0, 0, 3, 2, 0.5);
        var learned = bm25 with { Method = AlignmentMethod.Learned, LearnedWeights = [0, 5, 0, 0, 0, 0] };
        var a = GuidanceAligner.Align(unit, bm25).Guidance!.AllItems.Select(i => string.Join(",", i.Criteria.Select(c => c.CriterionId)));
        var b = GuidanceAligner.Align(unit, learned).Guidance!.AllItems.Select(i => string.Join(",", i.Criteria.Select(c => c.CriterionId)));
        Assert.Equal(a, b);
    }

    [Fact]
    public void TheLearnedGeneralDecisionFollowsItsWeights()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var none = new double[GeneralDecision.FeatureCount + 1];
        none[0] = -20;
        var all = new double[GeneralDecision.FeatureCount + 1];
        all[0] = 20;
        var never = GuidanceAligner.Align(unit, AlignerSettings.Default with { GeneralWeights = [.. none] }).Guidance!.AllItems.ToList();
        var always = GuidanceAligner.Align(unit, AlignerSettings.Default with { GeneralWeights = [.. all] }).Guidance!.AllItems.ToList();
        Assert.All(always, i => Assert.Empty(i.Criteria));
        Assert.True(never.Count(i => i.Criteria.Length > 0) > GuidanceAligner.Align(unit).Guidance!.AllItems.Count(i => i.Criteria.Length > 0));
    }
}
