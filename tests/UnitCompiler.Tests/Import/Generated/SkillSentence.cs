using System.Globalization;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// The assessment sentence that says which outcomes are skill based, in the wordings exports use.
/// Ranges are written only for consecutive runs ("3–5 and 7"), so every wording names exactly the
/// outcomes it is given.
/// </summary>
internal static class SkillSentence
{
    /// <summary>The sentence for <paramref name="skill"/> among outcomes 1..<paramref name="outcomeCount"/>, or null for none.</summary>
    public static string? Write(IReadOnlyList<int> skill, int outcomeCount, SkillKnobs knobs)
    {
        if (skill.Count == 0)
        {
            return knobs.NoSkillSentence ? null : "This unit is knowledge based.";
        }

        var outcomes = knobs.CapitalOutcomes ? "Learning Outcomes" : "Learning outcomes";
        var outcome = knobs.CapitalOutcomes ? "Learning Outcome" : "Learning outcome";
        var knowledge = Enumerable.Range(1, outcomeCount).Except(skill).ToList();
        return knobs.Wording switch
        {
            SkillWording.Complement when knowledge.Count > 0 =>
                $"{Named(knowledge, outcomes, outcome)} {Verb(knowledge)} knowledge based.",
            SkillWording.LosWorkplace =>
                $"{(skill.Count == 1 ? "LO" : "LOs")} {Join(Runs(skill).Select(r => Range(r, "\u2013", string.Empty)))} must be assessed in the workplace.",
            SkillWording.ToRangeCompetence =>
                $"{(IsOne(skill) ? outcome : outcomes)} {Join(Runs(skill).Select(r => Range(r, " to ", string.Empty)))} {Verb(skill)} competence based.",
            SkillWording.LoDashRange =>
                $"{Join(Runs(skill).Select(r => Range(r, "-", "LO")))} {Verb(skill)} performance based.",
            SkillWording.HyphenRange =>
                $"{(IsOne(skill) ? outcome : outcomes)} {Join(Runs(skill).Select(r => Range(r, "-", string.Empty)))} {Verb(skill)} skills-based.",
            _ => $"{Named(skill, outcomes, outcome)} {Verb(skill)} skill based.",
        };
    }

    private static bool IsOne(IReadOnlyList<int> ids) => ids.Count == 1;

    private static string Verb(IReadOnlyList<int> ids) => ids.Count == 1 ? "is" : "are";

    private static string Named(IReadOnlyList<int> ids, string plural, string singular) =>
        (ids.Count == 1 ? singular : plural) + " " + Join(ids.Select(N));

    private static string Range((int First, int Last) run, string dash, string prefix) =>
        run.First == run.Last ? prefix + N(run.First) : prefix + N(run.First) + dash + prefix + N(run.Last);

    private static IEnumerable<(int First, int Last)> Runs(IReadOnlyList<int> ids)
    {
        var first = ids[0];
        for (var i = 1; i <= ids.Count; i++)
        {
            if (i == ids.Count || ids[i] != ids[i - 1] + 1)
            {
                yield return (first, ids[i - 1]);
                if (i < ids.Count)
                {
                    first = ids[i];
                }
            }
        }
    }

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
