using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>TF-IDF vectors of a unit's criteria, built once per unit and ranked against many items.</summary>
internal sealed class CriterionIndex
{
    private readonly List<(string Id, Dictionary<string, double> Vector)> _criteria = [];
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public static CriterionIndex Build(Unit unit)
    {
        var index = new CriterionIndex();
        var documents = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Words: Document(unit, o, c)))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in documents.SelectMany(d => d.Words.Distinct()))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }

        foreach (var (word, count) in df)
        {
            index._idf[word] = Math.Log((1.0 + documents.Count) / (1.0 + count)) + 1.0;
        }

        foreach (var (id, words) in documents)
        {
            index._criteria.Add((id, index.Vector(words)));
        }

        return index;
    }

    public ImmutableArray<CriterionAlignment> Rank(IEnumerable<string> query, double threshold, int max)
    {
        var q = Vector(query);
        if (q.Count == 0)
        {
            return [];
        }

        var scored = _criteria
            .Select(c => (c.Id, Score: Cosine(q, c.Vector)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var best = scored.Count > 0 ? scored[0].Score : 0;
        return [.. scored
            .Where(s => s.Score >= threshold && s.Score >= best / 2)
            .Take(max)
            .Select(s => new CriterionAlignment(s.Id, Math.Round(s.Score, 3)))];
    }

    /// <summary>
    /// What a criterion is about: its own words twice (they matter most), its sub-items and key
    /// terms, the unit's definitions of those terms (so "safeguarding" finds 6.3 through its
    /// definition of "considerations"), and its outcome's words once.
    /// </summary>
    private static List<string> Document(Unit unit, LearningOutcome outcome, AssessmentCriterion criterion)
    {
        var words = new List<string>();
        var own = TextAnalyzer.Terms(criterion.Text.Value).ToList();
        words.AddRange(own);
        words.AddRange(own);
        foreach (var item in criterion.Items)
        {
            words.AddRange(TextAnalyzer.Terms(item.Text.Value));
        }

        foreach (var definition in DefinitionsFor(unit, criterion))
        {
            words.AddRange(TextAnalyzer.Terms(definition.Text.Value));
            foreach (var item in definition.Items)
            {
                words.AddRange(TextAnalyzer.Terms(item.Value));
            }
        }

        words.AddRange(TextAnalyzer.Terms(outcome.Text.Value));
        return words;
    }

    private static IEnumerable<Definition> DefinitionsFor(Unit unit, AssessmentCriterion criterion)
    {
        var termWords = criterion.Terms.SelectMany(t => TextAnalyzer.Terms(t.Value)).ToHashSet(StringComparer.Ordinal);
        return unit.IndicativeContent
            .SelectMany(c => c.Definitions.Select(d => (c.CriterionId, Definition: d)))
            .Where(x => x.CriterionId == criterion.Id || TextAnalyzer.Terms(x.Definition.Term.Value).Any(termWords.Contains))
            .Select(x => x.Definition)
            .DistinctBy(d => d.Term.Value + "\n" + d.Text.Value);
    }

    private Dictionary<string, double> Vector(IEnumerable<string> words)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            tf[w] = tf.GetValueOrDefault(w) + 1;
        }

        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (w, count) in tf)
        {
            if (_idf.TryGetValue(w, out var idf))
            {
                vector[w] = (1 + Math.Log(count)) * idf; // sublinear tf: repetition is weak evidence
            }
        }

        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (w, x) in a)
        {
            na += x * x;
            if (b.TryGetValue(w, out var y))
            {
                dot += x * y;
            }
        }

        foreach (var y in b.Values)
        {
            nb += y * y;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
