using System.Collections.Immutable;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace UnitCompiler.Benchmarks;

/// <summary>
/// The pieces synthetic units are made of, all taken from a real spec so that text lengths, bold
/// key terms, definitions and guidance wording are those the templates and lint rules meet in use.
/// A criterion keeps its own definitions, so the key terms of a synthetic unit stay defined.
/// </summary>
public sealed class SeedVocabulary
{
    private SeedVocabulary(Unit seed)
    {
        Seed = seed;
        var definitions = seed.IndicativeContent.ToLookup(c => c.CriterionId);
        Criteria = [.. seed.Criteria.Select(c => new SeedCriterion(c, [.. definitions[c.Id].SelectMany(d => d.Definitions)], [.. definitions[c.Id].SelectMany(d => d.Notes)]))];
        KnowledgeOutcomes = [.. seed.Outcomes.Where(o => o.Kind == OutcomeKind.Knowledge).Select(o => o.Text)];
        SkillOutcomes = [.. seed.Outcomes.Where(o => o.Kind == OutcomeKind.Skill).Select(o => o.Text)];
        Guidance = seed.Guidance ?? throw new InvalidOperationException("the seed spec needs a guidance section (import it with --guidance)");
        Titles = [.. seed.Outcomes.Select(o => o.Text.Value)];
    }

    public Unit Seed { get; }

    public ImmutableArray<SeedCriterion> Criteria { get; }

    public ImmutableArray<Text.LocatedText> KnowledgeOutcomes { get; }

    public ImmutableArray<Text.LocatedText> SkillOutcomes { get; }

    public StudyGuidance Guidance { get; }

    public ImmutableArray<string> Titles { get; }

    public static SeedVocabulary Load(string specPath)
    {
        var result = InputLoader.LoadSpec(specPath);
        if (result.Unit is null)
        {
            throw new InvalidOperationException($"the seed spec {specPath} does not load: {string.Join("; ", result.Diagnostics)}");
        }

        return new SeedVocabulary(result.Unit);
    }
}

/// <summary>A criterion of the seed with the definitions and notes the seed gives for it.</summary>
public sealed record SeedCriterion(AssessmentCriterion Criterion, ImmutableArray<Definition> Definitions, ImmutableArray<Text.LocatedText> Notes);
