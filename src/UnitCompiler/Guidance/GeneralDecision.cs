using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Whether an item is general advice, as a logistic decision on what distinguishes it, its weights
/// fitted on the labelled tuning pool (bench/ <c>alignment</c>) rather than set by hand: how well the
/// best criterion matches by BM25 and by TF-IDF, how far it is ahead of the second, whether the item
/// uses a study-advice word, and what share of its words only one or two criteria use; with a sentence
/// model, also how close the item comes to its nearest criterion in the model's eyes.
/// </summary>
internal sealed class GeneralDecision(Bm25Index bm25, CriterionIndex tfIdf, HashSet<string> specific, ImmutableArray<double> weights)
{
    /// <summary>How many features an item has; the weights are a bias and one weight each.</summary>
    public const int FeatureCount = 5;

    public static GeneralDecision Build(Unit unit, Thesaurus thesaurus, AlignerSettings settings)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in unit.Outcomes.SelectMany(o => o.Criteria))
        {
            foreach (var w in TextAnalyzer.Terms(c.Wording).Concat(c.Items.SelectMany(i => TextAnalyzer.Terms(i.Text.Value))).Distinct(StringComparer.Ordinal))
            {
                uses[w] = uses.GetValueOrDefault(w) + 1;
            }
        }

        var specific = uses.Where(u => u.Value <= 2).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        return new(Bm25Index.Build(unit, thesaurus, settings.K1, settings.B), CriterionIndex.Build(unit), specific, settings.GeneralWeights);
    }

    public double[] Features(IReadOnlyList<string> query)
    {
        var b = bm25.Score(query);
        var t = tfIdf.Score(query);
        var distinct = query.Distinct(StringComparer.Ordinal).ToList();
        return
        [
            b.Count > 0 ? b[0].Score : 0,
            t.Count > 0 ? t[0].Score : 0,
            b.Count > 1 ? b[0].Score - b[1].Score : 0,
            StudyAdvice.IsAdvice(query) ? 1 : 0,
            distinct.Count == 0 ? 0 : (double)distinct.Count(specific.Contains) / distinct.Count,
        ];
    }

    /// <summary>The probability that the item is general advice; <paramref name="extra"/>: a sentence model's features (<see cref="SemanticRanker.GeneralFeatures"/>) after the lexical ones, or none.</summary>
    public double Probability(IReadOnlyList<string> query, double[] extra) => LearnedRanker.Probability(weights, [.. Features(query), .. extra]);
}
