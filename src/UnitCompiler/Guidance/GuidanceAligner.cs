using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Guidance;

/// <summary>
/// Aligns each guidance item to the criteria it serves, or to none when it is general advice. Each
/// criterion is scored by the settings' method (BM25 with the unit's definitions and a domain
/// thesaurus by default; see <see cref="AlignmentMethod"/>), offline in microseconds. An item whose
/// best score is under the threshold, or under the higher advice threshold when it reads as study
/// advice, gets no criterion: it is general guidance, shown apart in the documents. Otherwise the
/// best criterion is listed, and up to two more close to it, each with its score.
/// </summary>
public static class GuidanceAligner
{
    /// <summary>The default confidence for printing an alignment: documents print only scores at least this (see README, Study guidance).</summary>
    public const double PrintConfidence = 0.21;

    public static Unit Align(Unit unit) => Align(unit, AlignerSettings.Default);

    public static Unit Align(Unit unit, AlignerSettings settings)
    {
        var ranker = Lexical(unit, settings);
        if (settings.ListBy is not { } by)
        {
            return Align(unit, settings, i => ranker.Score(Query(i)));
        }

        // Listed in the other method's order, each criterion keeping the settings' own score for the general decision and the lead.
        var lister = Lexical(unit, settings with { Method = by, ListBy = null });
        return Align(unit, settings, i =>
        {
            var own = ranker.Score(Query(i)).ToDictionary(s => s.Id, s => s.Score, StringComparer.Ordinal);
            return [.. lister.Score(Query(i)).Select(s => (s.Id, own.GetValueOrDefault(s.Id)))];
        });
    }

    /// <summary>
    /// Aligns with a sentence model's cosine blended with the settings' lexical method (weight
    /// <see cref="AlignerSettings.SemanticWeight"/>), the same selection rules, and scores calibrated to
    /// the print confidence (<see cref="AlignerSettings.PrintAt"/>). Use <see cref="AlignerSettings.Semantic"/>.
    /// </summary>
    public static Unit Align(Unit unit, AlignerSettings settings, ITextEmbedder embedder)
    {
        if (unit.Guidance is not { } guidance)
        {
            return unit;
        }

        var ranker = SemanticRanker.Build(unit, guidance.AllItems, embedder, Lexical(unit, settings), settings);
        return Align(unit, settings, i => ranker.Score(i, Query(i)), i => ranker.GeneralFeatures(i, Query(i)));
    }

    /// <summary>The learned general decision's features with a sentence model, lexical then the model's (for the bench that fits its weights).</summary>
    internal static Func<GuidanceItem, double[]> GeneralFeatures(Unit unit, AlignerSettings settings, ITextEmbedder embedder)
    {
        var ranker = SemanticRanker.Build(unit, unit.Guidance?.AllItems ?? [], embedder, Lexical(unit, settings), settings);
        var decision = GeneralDecision.Build(unit, settings.Synonyms ?? Thesaurus.Default, settings);
        return i => [.. decision.Features(Query(i)), .. ranker.GeneralFeatures(i, Query(i))];
    }

    /// <summary>The learned fusion's features of each item (for the bench that fits its weights); <paramref name="settings"/> with <see cref="ScoreFusion.Learned"/>.</summary>
    internal static Func<GuidanceItem, List<(string Id, double[] Features)>> FusionFeatures(Unit unit, AlignerSettings settings, ITextEmbedder embedder)
    {
        var ranker = SemanticRanker.Build(unit, unit.Guidance?.AllItems ?? [], embedder, Lexical(unit, settings), settings);
        return i => ranker.Features(i, Query(i));
    }

    /// <summary>The learned ranker's features for the bench that fits its weights.</summary>
    internal static LearnedRanker Features(Unit unit, AlignerSettings settings) => LearnedRanker.Build(unit, settings.Synonyms ?? Thesaurus.Default, settings);

    /// <summary>The words an item is matched on (for the bench that fits the learned ranker).</summary>
    internal static List<string> Words(GuidanceItem item) => Query(item);

    private static ICriterionRanker Lexical(Unit unit, AlignerSettings settings)
    {
        var thesaurus = settings.Synonyms ?? Thesaurus.Default;
        ICriterionRanker Bm25(Thesaurus t) => settings.FieldWeights.IsDefaultOrEmpty
            ? Bm25Index.Build(unit, t, settings.K1, settings.B)
            : Bm25FIndex.Build(unit, t, settings.FieldWeights, settings.K1, settings.B);
        ICriterionRanker ranker = settings.Method switch
        {
            AlignmentMethod.TfIdf => CriterionIndex.Build(unit),
            AlignmentMethod.Bm25Plain => Bm25(Thesaurus.Empty),
            AlignmentMethod.Learned => LearnedRanker.Build(unit, thesaurus, settings),
            AlignmentMethod.Fused => new FusedRanker(Bm25(thesaurus), CriterionIndex.Build(unit)),
            _ => Bm25(thesaurus),
        };
        return settings.OutcomeWeight == 0 ? ranker : OutcomeRanker.Build(unit, ranker, settings.Method == AlignmentMethod.Bm25Plain ? Thesaurus.Empty : thesaurus, settings);
    }

    // model: a sentence model's general-decision features of an item (used only by a learned general decision), or null.
    private static Unit Align(Unit unit, AlignerSettings settings, Func<GuidanceItem, IReadOnlyList<(string Id, double Score)>> score, Func<GuidanceItem, double[]>? model = null)
    {
        if (unit.Guidance is not { } guidance)
        {
            return unit;
        }

        var uses = settings.SpecificWeight == 0 && !settings.AdviceExceptUnitWords && settings.GeneralModel is null ? [] : CriterionWordUses(unit);
        var specific = uses.Where(u => u.Value <= 2).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var unitWords = settings.AdviceExceptUnitWords ? uses.Keys.ToHashSet(StringComparer.Ordinal) : [];
        var decision = settings.GeneralWeights.IsDefaultOrEmpty ? null : GeneralDecision.Build(unit, settings.Synonyms ?? Thesaurus.Default, settings);
        var position = unit.Outcomes.SelectMany(o => o.Criteria).Select((c, n) => (c.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.Ordinal);
        var outcomeOf = unit.Outcomes.SelectMany(o => o.Criteria.Select(c => (c.Id, Outcome: o.Id))).ToDictionary(x => x.Id, x => x.Outcome, StringComparer.Ordinal);
        var general = settings.GeneralModel is { } m ? ModelDecision(unit, guidance, m, specific, score) : null;
        ImmutableArray<GuidanceItem> AlignAll(ImmutableArray<GuidanceItem> items, string section)
        {
            var aligned = ImmutableArray.CreateBuilder<GuidanceItem>(items.Length);
            int? previous = null;
            foreach (var item in items)
            {
                Func<IReadOnlyList<(string Id, double Score)>, bool>? isGeneral = general is null ? null : scored => general(item, section, scored);
                var done = item.Confirmed ? item : item with { Criteria = settings.ScopeOut && OutOfScope.Says(item.Text.Value) ? [] : Choose(Siblings(InOrder(score(item), previous)), Query(item), specific, unitWords, settings, decision, () => model?.Invoke(item) ?? [], isGeneral) };
                if (done.Criteria.Length > 0 && position.TryGetValue(done.Criteria[0].CriterionId, out var p))
                {
                    previous = p;
                }

                aligned.Add(done);
            }

            return aligned.MoveToImmutable();
        }

        bool Follows(int at, int after) => at >= after && (settings.OrderWindow == 0 || at <= after + settings.OrderWindow);

        // Authors tend to write a section in the unit's order, so what follows the previous item's criterion is likelier.
        IReadOnlyList<(string Id, double Score)> InOrder(IReadOnlyList<(string Id, double Score)> scored, int? previous) =>
            settings.OrderBonus == 0 || previous is not { } after ? scored :
            [.. scored
                .OrderByDescending(s => s.Score + (Follows(position.GetValueOrDefault(s.Id, -1), after) ? settings.OrderBonus : 0))
                .ThenBy(s => s.Id, StringComparer.Ordinal)];

        // An item serving several criteria usually serves neighbours: the best one's siblings first among the runners-up.
        IReadOnlyList<(string Id, double Score)> Siblings(IReadOnlyList<(string Id, double Score)> scored)
        {
            if (settings.SiblingBonus == 0 || scored.Count < 2)
            {
                return scored;
            }

            var outcome = outcomeOf.GetValueOrDefault(scored[0].Id);
            return [scored[0], .. scored.Skip(1)
                .OrderByDescending(s => s.Score + (outcomeOf.GetValueOrDefault(s.Id) == outcome ? settings.SiblingBonus : 0))
                .ThenBy(s => s.Id, StringComparer.Ordinal)];
        }

        return unit with
        {
            Guidance = guidance with
            {
                KeyConcepts = AlignAll(guidance.KeyConcepts, "key_concepts"),
                ExamTips = AlignAll(guidance.ExamTips, "exam_tips"),
                Misconceptions = AlignAll(guidance.Misconceptions, "misconceptions"),
                MarkingPoints = AlignAll(guidance.MarkingPoints, "marking_points"),
            },
        };
    }

    /// <summary>The learned general decision's features for an item (for the bench that fits its weights).</summary>
    internal static double[] GeneralFeatures(Unit unit, AlignerSettings settings, GuidanceItem item) =>
        GeneralDecision.Build(unit, settings.Synonyms ?? Thesaurus.Default, settings).Features(Query(item));

    /// <summary>
    /// The <see cref="GeneralModel"/> decision for one unit: an item's best score is judged against the
    /// synopsis's own items' best scores (a z-score), since authors differ in how closely they paraphrase.
    /// </summary>
    private static Func<GuidanceItem, string, IReadOnlyList<(string Id, double Score)>, bool> ModelDecision(Unit unit, StudyGuidance guidance, GeneralModel model, HashSet<string> specific, Func<GuidanceItem, IReadOnlyList<(string Id, double Score)>> score)
    {
        var bests = guidance.AllItems.Select(i => score(i).Select(s => s.Score).DefaultIfEmpty(0).Max()).ToList();
        var mean = bests.Count == 0 ? 0 : bests.Average();
        var sd = bests.Count == 0 ? 0 : Math.Sqrt(bests.Average(b => (b - mean) * (b - mean)));
        var vocabulary = CriterionDocuments.Build(unit, full: true).SelectMany(d => d.Words).ToHashSet(StringComparer.Ordinal);
        return (item, section, scored) =>
        {
            var words = Query(item).Distinct(StringComparer.Ordinal).ToList();
            var ordered = scored.Select(s => s.Score).OrderDescending().ToList();
            var (best, second) = (ordered.Count > 0 ? ordered[0] : 0, ordered.Count > 1 ? ordered[1] : 0);
            double Share(HashSet<string> set) => words.Count == 0 ? 0 : (double)words.Count(set.Contains) / words.Count;
            var plain = PlainWords(item.Text.Value);
            return model.IsGeneral(GeneralModel.Features(
                best, second, Share(specific), StudyAdvice.IsAdvice(words), section, sd > 0 ? (best - mean) / sd : best - mean, Share(vocabulary),
                plain.Count > 0 && Lint.Lexicon.EnglishVerbs.IsBaseForm(plain[0]), plain.Any(w => w is "you" or "your" or "yourself")));
        };
    }

    /// <summary>The item's lower-case runs of letters and apostrophes, as written (no stop words removed, no stemming).</summary>
    private static List<string> PlainWords(string text)
    {
        var lower = text.ToLowerInvariant();
        var words = new List<string>();
        for (var at = lower.AsSpan().IndexOfAny(WordLetters); at >= 0;)
        {
            var length = lower.AsSpan(at).IndexOfAnyExcept(WordLetters);
            var end = length < 0 ? lower.Length : at + length;
            words.Add(lower[at..end]);
            var next = end < lower.Length ? lower.AsSpan(end).IndexOfAny(WordLetters) : -1;
            at = next < 0 ? -1 : end + next;
        }

        return words;
    }

    private static readonly System.Buffers.SearchValues<char> WordLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz'");

    private static ImmutableArray<CriterionAlignment> Choose(IReadOnlyList<(string Id, double Score)> scored, List<string> query, HashSet<string> specific, HashSet<string> unitWords, AlignerSettings settings, GeneralDecision? decision, Func<double[]> model, Func<IReadOnlyList<(string Id, double Score)>, bool>? isGeneral = null)
    {
        var best = scored.Count > 0 ? scored.Max(s => s.Score) : 0; // the order prior may rank a lower score first
        var advice = StudyAdvice.IsAdvice(unitWords.Count == 0 ? query : [.. query.Where(w => !unitWords.Contains(w))]);
        var needed = settings.Method != AlignmentMethod.TfIdf && advice ? Math.Max(settings.Threshold, settings.AdviceThreshold) : settings.Threshold;
        var evidence = best;
        if (settings.MarginWeight != 0 && scored.Count > 1)
        {
            // The second-best score, not the second listed: the order prior and the sibling bonus reorder the list.
            evidence += settings.MarginWeight * (best - scored.Select(s => s.Score).OrderDescending().ElementAt(1));
        }

        if (settings.SpecificWeight != 0 && query.Count > 0)
        {
            evidence += settings.SpecificWeight * query.Distinct(StringComparer.Ordinal).Count(specific.Contains) / query.Distinct(StringComparer.Ordinal).Count();
        }

        if (best <= 0 || (isGeneral is not null ? isGeneral(scored) : decision is null ? evidence < needed : decision.Probability(query, model()) >= settings.GeneralCut))
        {
            return [];
        }

        var listed = scored
            .Where(s => s.Score > 0 && s.Score >= best * settings.RelativeCut) // a runner-up with no evidence at all is not one
            .Take(settings.MaxCriteria)
            .ToList();

        // The lead is the first listed criterion's over the best of the others: 0 when another scores higher (a different listing order).
        var others = listed.Count == 0 ? 0 : scored.Where(s => s.Id != listed[0].Id).Select(s => s.Score).DefaultIfEmpty(0).Max();
        double Written(int at, double score) => !settings.PrintOnLead ? score : at == 0 ? Math.Max(0, score - others) : 0;
        return [.. listed.Select((s, at) => new CriterionAlignment(s.Id, Math.Round(settings.Calibrate(Written(at, s.Score)), 3)))];
    }

    /// <summary>
    /// Each word of the criteria's own text and sub-items with how many criteria use it: those used by
    /// at most two are what only part of the unit is about.
    /// </summary>
    private static Dictionary<string, int> CriterionWordUses(Unit unit)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in unit.Outcomes.SelectMany(o => o.Criteria))
        {
            foreach (var w in TextAnalyzer.Terms(c.Wording).Concat(c.Items.SelectMany(i => TextAnalyzer.Terms(i.Text.Value))).Distinct(StringComparer.Ordinal))
            {
                uses[w] = uses.GetValueOrDefault(w) + 1;
            }
        }

        return uses;
    }

    /// <summary>The item's words; a key concept's title says what it is about, so it counts twice.</summary>
    private static List<string> Query(GuidanceItem item)
    {
        var title = item.Title is null ? [] : TextAnalyzer.Terms(item.Title.Value).ToList();
        return [.. title, .. title, .. TextAnalyzer.Terms(item.Text.Value)];
    }
}
