using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// A logistic combination of lexical evidence for each criterion, its weights fitted on the labelled
/// tuning pool (bench/ <c>alignment</c>, leave-one-unit-out cross-validated) rather than set by hand:
/// BM25 with the thesaurus, TF-IDF cosine, the criterion's outcome's BM25 score, and the first two as
/// a share of the item's best (how far ahead a criterion is, whatever the item's length).
/// </summary>
internal sealed class LearnedRanker(Bm25Index bm25, CriterionIndex tfIdf, Bm25Index outcomes, Dictionary<string, string> outcomeOf, ImmutableArray<double> weights) : ICriterionRanker
{
    /// <summary>How many features a criterion has; the weights are a bias and one weight each.</summary>
    public const int FeatureCount = 5;

    public static LearnedRanker Build(Unit unit, Thesaurus thesaurus, AlignerSettings settings)
    {
        var documents = CriterionDocuments.Build(unit, full: true);
        var byId = documents.ToDictionary(d => d.Id, d => d.Words, StringComparer.Ordinal);
        var outcomeDocuments = unit.Outcomes.Select(o => (o.Id, Words: o.Criteria.SelectMany(c => byId[c.Id]).ToList()));
        var outcomeOf = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Outcome: o.Id))).ToDictionary(x => x.Id, x => x.Outcome, StringComparer.Ordinal);
        return new(Bm25Index.Build(documents, thesaurus, settings.K1, settings.B), CriterionIndex.Build(unit), Bm25Index.Build(outcomeDocuments, thesaurus, settings.K1, settings.B), outcomeOf, settings.LearnedWeights);
    }

    /// <summary>Each criterion's features, in the unit's order (what the weights are fitted on).</summary>
    public List<(string Id, double[] Features)> Features(IReadOnlyList<string> query)
    {
        var b = bm25.Score(query);
        var t = tfIdf.Score(query).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        var o = outcomes.Score(query).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        var bestB = b.Count == 0 ? 0 : b.Max(s => s.Score);
        var bestT = t.Count == 0 ? 0 : t.Values.Max();
        return [.. b.Select(s => (s.Id, new[]
        {
            s.Score,
            t.GetValueOrDefault(s.Id),
            o.GetValueOrDefault(outcomeOf[s.Id]),
            bestB == 0 ? 0 : s.Score / bestB,
            bestT == 0 ? 0 : t.GetValueOrDefault(s.Id) / bestT,
        }))];
    }

    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query) =>
        [.. Features(query)
            .Select(f => (f.Id, Score: Probability(weights, f.Features)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>The logistic of the bias plus the weighted features.</summary>
    public static double Probability(ImmutableArray<double> weights, double[] features)
    {
        var z = weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            z += weights[i + 1] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
