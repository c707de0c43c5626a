using System.Collections.Immutable;

namespace UnitCompiler.Qualifications;

/// <summary>An optional group as the solver sees it: its bounds and its units' facts.</summary>
internal sealed record OptionalGroup(string Id, int? MinCredits, int? MaxCredits, int? MinUnits, int? MaxUnits, ImmutableArray<UnitFacts> Units);

/// <summary>
/// The route questions of one qualification with every unit's facts resolved: what every learner
/// takes, what each optional group offers, and the rules that span groups.
/// </summary>
internal sealed record RouteProblem(
    ImmutableArray<UnitFacts> Mandatory,
    ImmutableArray<OptionalGroup> Groups,
    int? MinCredits,
    ImmutableArray<LevelRule> LevelRules,
    ImmutableArray<(string First, string Second)> Barred)
{
    /// <summary>
    /// The problem of a qualification, or null when a unit it names has no facts (reported by the
    /// qualification's checks, not here).
    /// </summary>
    public static RouteProblem? From(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts)
    {
        var mandatory = ImmutableArray.CreateBuilder<UnitFacts>();
        var groups = ImmutableArray.CreateBuilder<OptionalGroup>();
        foreach (var group in qualification.Groups)
        {
            var units = group.Units.Select(u => facts.GetValueOrDefault(u.Ref)).ToList();
            if (units.Any(u => u is null))
            {
                return null;
            }

            if (group.IsMandatory)
            {
                mandatory.AddRange(units!);
            }
            else
            {
                groups.Add(new OptionalGroup(group.Id, group.MinCredits, group.MaxCredits, group.MinUnits, group.MaxUnits, [.. units!]));
            }
        }

        return new RouteProblem(
            mandatory.ToImmutable(),
            groups.ToImmutable(),
            qualification.Rules.MinCredits,
            qualification.Rules.LevelRules,
            [.. qualification.Rules.Barred.Select(b => (b.First, b.Second))]);
    }
}
