using System.Collections.Immutable;
using UnitCompiler.Guidance;
using UnitCompiler.Model;

namespace UnitCompiler.Exchange.Standards;

/// <summary>
/// Maps a unit's criteria to a standard's KSBs with the guidance aligner's ranker, unchanged: each
/// KSB's wording is a query over the unit's criteria (BM25 with definitions and the thesaurus), and
/// each criterion then lists the KSBs that scored it highest, best first (up to three, each at least
/// half the best). A criterion a writer confirmed keeps its list.
/// </summary>
public static class KsbMapper
{
    public const int MaxKsbs = 3;

    /// <summary>Every criterion's KSBs, best first, all of them scored (for measuring the ranking).</summary>
    public static Dictionary<string, List<(string Code, double Score)>> Rank(Unit unit, ApprenticeshipStandard standard)
    {
        var settings = AlignerSettings.Standards;
        var ranker = Bm25Index.Build(unit, Thesaurus.Default, settings.K1, settings.B);
        var byCriterion = unit.Criteria.ToDictionary(c => c.Id, _ => new List<(string Code, double Score)>(), StringComparer.Ordinal);
        foreach (var ksb in standard.Ksbs)
        {
            foreach (var (id, score) in ranker.Score([.. TextAnalyzer.Terms(ksb.Detail)]))
            {
                if (byCriterion.TryGetValue(id, out var list) && score > 0)
                {
                    list.Add((ksb.Code, score));
                }
            }
        }

        var order = standard.Ksbs.Select((k, i) => (k.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        foreach (var list in byCriterion.Values)
        {
            list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : order[a.Code].CompareTo(order[b.Code]));
        }

        return byCriterion;
    }

    /// <summary>The unit with its mapping to <paramref name="standard"/> recomputed, confirmed criteria kept.</summary>
    public static Unit Map(Unit unit, ApprenticeshipStandard standard)
    {
        var previous = unit.Standards.FirstOrDefault(s => s.Standard == standard.Reference);
        var confirmed = previous?.Criteria.Where(c => c.Confirmed).ToDictionary(c => c.CriterionId, StringComparer.Ordinal) ?? [];
        var ranked = Rank(unit, standard);
        var criteria = unit.Criteria.Select(c =>
        {
            if (confirmed.TryGetValue(c.Id, out var kept))
            {
                return kept;
            }

            var list = ranked[c.Id];
            var best = list.Count > 0 ? list[0].Score : 0;
            return new KsbMapping(c.Id, [.. list.Where(k => k.Score >= best * AlignerSettings.Standards.RelativeCut).Take(MaxKsbs).Select(k => new KsbAlignment(k.Code, Math.Round(k.Score, 3)))], false);
        }).ToImmutableArray();
        var mapping = new StandardMapping(standard.Reference, standard.Version, criteria)
        {
            Title = standard.Title.Length == 0 ? null : standard.Title,
            Ksbs = [.. standard.Ksbs.Select(k => new StandardKsb(k.Code, k.Detail))],
        };
        var standards = previous is null ? unit.Standards.Add(mapping) : unit.Standards.Replace(previous, mapping);
        return unit with { Standards = standards };
    }

    /// <summary>The KSBs the mapping stores that no criterion lists: the build's gap list, from the spec alone.</summary>
    public static ImmutableArray<StandardKsb> Uncovered(StandardMapping mapping)
    {
        var covered = mapping.Criteria.SelectMany(c => c.Ksbs).Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        return [.. mapping.Ksbs.Where(k => !covered.Contains(k.Code))];
    }

    /// <summary>The KSBs no criterion lists: the gap a provider must cover elsewhere.</summary>
    public static ImmutableArray<Ksb> Uncovered(StandardMapping mapping, ApprenticeshipStandard standard)
    {
        var covered = mapping.Criteria.SelectMany(c => c.Ksbs).Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
        return [.. standard.Ksbs.Where(k => !covered.Contains(k.Code))];
    }
}
