using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// Makes a catalogue of synthetic but valid units: each is a model <see cref="Unit"/> assembled from
/// the seed's outcomes, criteria (with their sub-items and definitions) and guidance, written by the
/// library's own <see cref="SpecWriter"/>, so every file is a canonical spec that loads without
/// error. Unit i of seed s is always the same bytes. Sizes vary around the seed's (7 outcomes,
/// 20 criteria); <c>scale</c> multiplies the number of outcomes, for measuring cost against unit size.
/// </summary>
public static class CatalogueGenerator
{
    public static IReadOnlyList<string> Generate(SeedVocabulary vocabulary, string folder, int count, int seed, double scale = 1.0)
    {
        Directory.CreateDirectory(folder);
        var paths = new string[count];
        Parallel.For(0, count, i =>
        {
            var unit = Make(vocabulary, i, seed, scale);
            var path = Path.Combine(folder, unit.Header.FileStem + ".yaml");
            AtomicFile.WriteText(path, SpecWriter.Write(unit));
            paths[i] = path;
        });
        return paths;
    }

    public static Unit Make(SeedVocabulary v, int index, int seed, double scale = 1.0)
    {
        // One generator per unit, seeded from (seed, index) and never from HashCode (randomised per
        // process): the catalogue is the same on every run, whatever order the units are made in.
        var random = new Random(unchecked((seed * 1_000_003) + index) & int.MaxValue);
        var outcomeCount = Math.Max(1, (int)Math.Round(random.Next(4, 11) * scale));
        var outcomes = ImmutableArray.CreateBuilder<LearningOutcome>();
        var content = ImmutableArray.CreateBuilder<IndicativeContent>();
        var skill = ImmutableArray.CreateBuilder<string>();
        var criterionIds = new List<string>();
        for (var o = 1; o <= outcomeCount; o++)
        {
            var id = o.ToString(CultureInfo.InvariantCulture);
            var isSkill = random.Next(100) < 40;
            if (isSkill)
            {
                skill.Add(id);
            }

            var criteria = ImmutableArray.CreateBuilder<AssessmentCriterion>();
            var criterionCount = random.Next(1, 6);
            for (var c = 1; c <= criterionCount; c++)
            {
                var cid = $"{id}.{c}";
                criterionIds.Add(cid);
                var source = Pick(random, v.Criteria);
                criteria.Add(new AssessmentCriterion(cid, Copy(source.Criterion.Text), Items(random, v, source.Criterion), []));
                if (!source.Definitions.IsEmpty || !source.Notes.IsEmpty)
                {
                    content.Add(new IndicativeContent(cid, [.. source.Definitions.Select(Copy)], [.. source.Notes.Select(Copy)]));
                }
            }

            outcomes.Add(new LearningOutcome(id, Copy(Pick(random, isSkill ? v.SkillOutcomes : v.KnowledgeOutcomes)), isSkill ? OutcomeKind.Skill : OutcomeKind.Knowledge, criteria.ToImmutable()));
        }

        var header = new UnitHeader(
            Ref(index),
            new LocatedText($"{Pick(random, v.Titles)} ({index + 1})"),
            random.Next(2, 7),
            random.Next(2, 16),
            random.Next(10, 60),
            []);
        var assessment = new AssessmentRequirements([.. v.Seed.Assessment.Text.Select(Copy)], skill.ToImmutable());
        return new Unit(header, v.Seed.Preamble, outcomes.ToImmutable(), assessment, content.ToImmutable(), Guidance(random, v.Guidance, criterionIds));
    }

    /// <summary>Unique, well-formed references: L/600/0000, L/600/0001, ... L/601/0000 after 10,000.</summary>
    public static string Ref(int index) => string.Create(CultureInfo.InvariantCulture, $"L/{600 + (index / 10_000):D3}/{index % 10_000:D4}");

    private static ImmutableArray<CriterionItem> Items(Random random, SeedVocabulary v, AssessmentCriterion source)
    {
        // A criterion ending in ":" keeps a lead-in's sub-items; otherwise a few get some, as in real units.
        if (source.Items.IsEmpty && (!source.Text.Value.EndsWith(':') || random.Next(100) < 70))
        {
            return [];
        }

        var pool = v.Criteria.SelectMany(c => c.Criterion.Items).ToList();
        var count = source.Items.IsEmpty ? random.Next(2, 6) : source.Items.Length + random.Next(-1, 3);
        return [.. Enumerable.Range(0, Math.Clamp(count, 1, 8)).Select(i => new CriterionItem(((char)('a' + i)).ToString(), Copy(i < source.Items.Length ? source.Items[i].Text : Pick(random, pool).Text)))];
    }

    private static StudyGuidance? Guidance(Random random, StudyGuidance g, List<string> criteria)
    {
        if (random.Next(100) < 15)
        {
            return null; // some units have no synopsis
        }

        ImmutableArray<GuidanceItem> Some(ImmutableArray<GuidanceItem> pool) =>
            [.. Enumerable.Range(0, random.Next(1, pool.Length + 3)).Select(_ => Pick(random, pool)).Select(item => new GuidanceItem(
                item.Title is null ? null : Copy(item.Title),
                Copy(item.Text),
                [.. criteria.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Select((c, rank) => new CriterionAlignment(c, Math.Round(0.6 - (0.1 * rank) - (random.NextDouble() * 0.05), 3)))]))];

        return new StudyGuidance(Copy(g.Synopsis), Some(g.KeyConcepts), Some(g.ExamTips), Some(g.Misconceptions), Some(g.MarkingPoints));
    }

    private static Definition Copy(Definition d) => new(Copy(d.Term), Copy(d.Text), [.. d.Items.Select(Copy)]);

    // The seed's texts point into the seed file; a synthetic unit's have no origin of their own.
    private static LocatedText Copy(LocatedText text) => new(text.Value);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
