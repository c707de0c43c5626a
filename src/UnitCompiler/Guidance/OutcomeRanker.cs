using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Blends each criterion's score with its outcome's: an outcome's document is its criteria's together,
/// so an item that paraphrases one part of the unit finds the outcome even when the criterion it
/// serves shares few words with it, and siblings then compete on their own words.
/// </summary>
internal sealed class OutcomeRanker(ICriterionRanker criteria, Bm25Index outcomes, Dictionary<string, string> outcomeOf, double weight) : ICriterionRanker
{
    public static OutcomeRanker Build(Unit unit, ICriterionRanker criteria, Thesaurus thesaurus, AlignerSettings settings)
    {
        var documents = CriterionDocuments.Build(unit, full: true).ToDictionary(d => d.Id, d => d.Words, StringComparer.Ordinal);
        var outcomeDocuments = unit.Outcomes.Select(o => (o.Id, Words: o.Criteria.SelectMany(c => documents[c.Id]).ToList()));
        var outcomeOf = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Outcome: o.Id))).ToDictionary(x => x.Id, x => x.Outcome, StringComparer.Ordinal);
        return new(criteria, Bm25Index.Build(outcomeDocuments, thesaurus, settings.K1, settings.B), outcomeOf, settings.OutcomeWeight);
    }

    public IReadOnlyList<(string Id, double Score)> Score(IReadOnlyList<string> query)
    {
        var outcome = outcomes.Score(query).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
        return [.. criteria.Score(query)
            .Select(s => (s.Id, Score: ((1 - weight) * s.Score) + (weight * outcome.GetValueOrDefault(outcomeOf[s.Id]))))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
    }
}
