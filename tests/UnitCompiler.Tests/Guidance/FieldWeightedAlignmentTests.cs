using UnitCompiler.Guidance;

namespace UnitCompiler.Tests.Guidance;

/// <summary>Field-weighted BM25 (BM25F) and the sibling bonus on the runners-up, candidates the bench compares on the tuning pool.</summary>
public class FieldWeightedAlignmentTests
{
    private static readonly Lazy<AlignmentSet> Pool = new(() => AlignmentSet.LoadPool(TestPaths.TestFile(""), TestPaths.Seed("")));

    [Fact]
    public void WithoutLengthNormalisationBm25FWeighingFieldsAsOneBagScoresAsBm25()
    {
        // One bag counts the own text twice and every other field once; with b 0 no field's length matters, so the two must agree.
        // Without the thesaurus: a phrase could span two fields in the bag and not in the fields.
        foreach (var (_, _, unit) in Pool.Value.Units.Take(6))
        {
            var bag = Bm25Index.Build(unit, Thesaurus.Empty, 2, 0);
            var fields = Bm25FIndex.Build(unit, Thesaurus.Empty, [2, 1, 1, 1, 1], 2, 0);
            foreach (var item in unit.Guidance!.AllItems)
            {
                var words = GuidanceAligner.Words(item);
                var expected = bag.Score(words).ToDictionary(s => s.Id, s => s.Score);
                Assert.All(fields.Score(words), s => Assert.Equal(expected[s.Id], s.Score, 9));
            }
        }
    }

    [Fact]
    public void AFieldWeighedZeroIsNotRead()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var (id, context) = CriterionDocuments.Fields(unit).First(d => d.Fields[3].Count > 0);
        var own = CriterionDocuments.Fields(unit).SelectMany(d => d.Fields[0]).ToHashSet();
        var word = context[3].First(w => !own.Contains(w));
        Assert.True(Bm25FIndex.Build(unit, Thesaurus.Empty, [1, 0, 0, 1, 0], 2, 0.5).Score([word]).Single(s => s.Id == id).Score > 0);
        Assert.Equal(0, Bm25FIndex.Build(unit, Thesaurus.Empty, [1, 0, 0, 0, 0], 2, 0.5).Score([word]).Single(s => s.Id == id).Score);
        Assert.Throws<ArgumentException>(() => Bm25FIndex.Build(unit, Thesaurus.Empty, [1, 1], 2, 0.5));
    }

    [Fact]
    public void ALargeSiblingBonusListsTheBestOnesOutcomeFirstAndKeepsEveryScore()
    {
        var unit = Pool.Value.Units.First(u => u.Name == "seed").Unit;
        var outcomeOf = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, o.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        var plain = AlignerSettings.Default with { PrintAt = null, Threshold = 0, AdviceThreshold = 0, SpecificWeight = 0, MaxCriteria = 40 };
        var before = GuidanceAligner.Align(unit, plain).Guidance!.AllItems.ToList();
        var after = GuidanceAligner.Align(unit, plain with { SiblingBonus = 10 }).Guidance!.AllItems.ToList();
        var moved = 0;
        foreach (var (b, a) in before.Zip(after))
        {
            Assert.Equal(b.Criteria.OrderBy(c => c.CriterionId), a.Criteria.OrderBy(c => c.CriterionId));
            if (a.Criteria.Length == 0)
            {
                continue;
            }

            Assert.Equal(b.Criteria[0], a.Criteria[0]);
            var siblings = a.Criteria.Skip(1).TakeWhile(c => outcomeOf[c.CriterionId] == outcomeOf[a.Criteria[0].CriterionId]).Count();
            Assert.DoesNotContain(a.Criteria.Skip(1 + siblings), c => outcomeOf[c.CriterionId] == outcomeOf[a.Criteria[0].CriterionId]);
            moved += b.Criteria.SequenceEqual(a.Criteria) ? 0 : 1;
        }

        Assert.True(moved > 0);
    }

    [Fact]
    public void TheSiblingBonusDoesNotMoveTheGeneralDecision()
    {
        // The margin is the best score's lead over the second-best score, whatever order the runners-up are listed in.
        foreach (var (_, _, unit) in Pool.Value.Units.Take(6))
        {
            var settings = AlignerSettings.Default with { MarginWeight = 0.5 };
            var plain = GuidanceAligner.Align(unit, settings).Guidance!.AllItems.Select(i => i.Criteria.Length == 0);
            var sibling = GuidanceAligner.Align(unit, settings with { SiblingBonus = 10 }).Guidance!.AllItems.Select(i => i.Criteria.Length == 0);
            Assert.Equal(plain, sibling);
        }
    }
}
