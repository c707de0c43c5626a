using System.Globalization;
using UnitCompiler.Model;

namespace UnitCompiler.Qualifications;

/// <summary>
/// The rules of combination in plain English, generated from the data rather than written beside it,
/// so the sentence a centre reads can never disagree with the rules the route checks apply
/// (handbook errata such as "24 corrected to 22" come from exactly that disagreement).
/// </summary>
public static class CombinationRulesText
{
    /// <summary>
    /// The sentences, in order: what learners must achieve and from which groups; the level rules;
    /// each barred combination. <paramref name="facts"/> holds each unit's level, credit and GLH.
    /// </summary>
    public static IReadOnlyList<string> Sentences(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts)
    {
        var sentences = new List<string>();
        var parts = qualification.Groups.Select(g => $"{GroupRule(g, facts)} from {GroupName(g)}").ToList();
        var lead = qualification.Rules.MinCredits is { } total
            ? $"Learners must achieve a minimum of {Credits(total)}"
            : "Learners must achieve";
        sentences.Add(parts.Count == 0 ? lead + "." : $"{lead}: {Join(parts)}.");
        foreach (var rule in qualification.Rules.LevelRules)
        {
            sentences.Add($"At least {Credits(rule.MinCredits)} must come from units at level {N(rule.Level)} or above.");
        }

        foreach (var pair in qualification.Rules.Barred)
        {
            sentences.Add($"{Unit(pair.First, facts)} may not be taken with {Unit(pair.Second, facts)}.");
        }

        return sentences;
    }

    /// <summary>What a learner takes from one group: "all 19 credits", "at least 12 credits", "6 to 15 credits", "at least 2 units".</summary>
    public static string GroupRule(UnitGroup group, IReadOnlyDictionary<string, UnitFacts> facts)
    {
        if (group.IsMandatory)
        {
            var sum = group.Units.Sum(u => facts.TryGetValue(u.Ref, out var f) ? f.Credit : 0);
            return $"all {Credits(sum)}";
        }

        var rules = new List<string>();
        if (Range(group.MinCredits, group.MaxCredits, "credit") is { } credits)
        {
            rules.Add(credits);
        }

        if (Range(group.MinUnits, group.MaxUnits, "unit") is { } units)
        {
            rules.Add(units);
        }

        return rules.Count == 0 ? "any units" : string.Join(" and ", rules);
    }

    private static string? Range(int? min, int? max, string what) => (min, max) switch
    {
        ({ } a, { } b) when a == b => $"exactly {Count(a, what)}",
        ({ } a, { } b) => $"{N(a)} to {Count(b, what)}",
        ({ } a, null) => $"at least {Count(a, what)}",
        (null, { } b) => $"up to {Count(b, what)}",
        _ => null,
    };

    private static string GroupName(UnitGroup g)
    {
        var title = MarkdownInline.ToPlainText(g.Title.Value);
        return title.Contains("group " + g.Id, StringComparison.OrdinalIgnoreCase) ? title : $"{title} (group {g.Id})";
    }

    private static string Unit(string reference, IReadOnlyDictionary<string, UnitFacts> facts) =>
        facts.TryGetValue(reference, out var f) && f.Title != reference ? $"{reference} {MarkdownInline.ToPlainText(f.Title)}" : reference;

    private static string Join(List<string> parts) => parts.Count switch
    {
        1 => parts[0],
        2 => $"{parts[0]} and {parts[1]}",
        _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
    };

    private static string Credits(int n) => Count(n, "credit");

    private static string Count(int n, string what) => $"{N(n)} {what}{(n == 1 ? string.Empty : "s")}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
