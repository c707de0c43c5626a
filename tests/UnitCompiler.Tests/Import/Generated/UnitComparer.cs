using System.Collections.Immutable;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Compares two units field by field and names the first difference by its path
/// (<c>outcomes[2].criteria[9].items[1].text</c>). Record equality cannot do this: the records
/// hold ImmutableArrays, which compare by reference.
/// </summary>
internal static class UnitComparer
{
    /// <summary>The first difference, or null when the units say the same.</summary>
    public static string? FirstDifference(Unit expected, Unit actual)
    {
        var h = (expected.Header, actual.Header);
        return Value("unit.ref", h.Item1.Ref, h.Item2.Ref)
            ?? Text("unit.title", h.Item1.Title, h.Item2.Title)
            ?? Value("unit.level", h.Item1.Level, h.Item2.Level)
            ?? Value("unit.level (Entry stage)", h.Item1.EntryStage, h.Item2.EntryStage)
            ?? Value("unit.credit", h.Item1.Credit, h.Item2.Credit)
            ?? Value("unit.glh", h.Item1.GuidedLearningHours, h.Item2.GuidedLearningHours)
            ?? List("unit.other", h.Item1.Other, h.Item2.Other, (p, a, b) => Value(p + ".label", a.Label, b.Label) ?? Text(p + ".value", a.Value, b.Value))
            ?? Text("preamble.heading", expected.Preamble.Heading, actual.Preamble.Heading)
            ?? List("preamble.text", expected.Preamble.Text, actual.Preamble.Text, Text)
            ?? List("outcomes", expected.Outcomes, actual.Outcomes, Outcome)
            ?? List("assessment.text", expected.Assessment.Text, actual.Assessment.Text, Text)
            ?? List("assessment.skill_outcomes", expected.Assessment.SkillOutcomes, actual.Assessment.SkillOutcomes, Value)
            ?? List("indicative_content", expected.IndicativeContent, actual.IndicativeContent, Content);
    }

    private static string? Outcome(string path, LearningOutcome a, LearningOutcome b) =>
        Value(path + ".id", a.Id, b.Id)
        ?? Text(path + ".text", a.Text, b.Text)
        ?? Value(path + ".kind", a.Kind, b.Kind)
        ?? List(path + ".criteria", a.Criteria, b.Criteria, Criterion);

    private static string? Criterion(string path, AssessmentCriterion a, AssessmentCriterion b) =>
        Value(path + ".id", a.Id, b.Id)
        ?? Text(path + ".text", a.Text, b.Text)
        ?? List(path + ".items", a.Items, b.Items, (p, x, y) => Value(p + ".id", x.Id, y.Id) ?? Text(p + ".text", x.Text, y.Text))
        ?? Value(path + ".after_items", a.AfterItems?.Value, b.AfterItems?.Value);

    private static string? Content(string path, IndicativeContent a, IndicativeContent b) =>
        Value(path + ".criterion", a.CriterionId, b.CriterionId)
        ?? List(path + ".definitions", a.Definitions, b.Definitions, Definition)
        ?? List(path + ".notes", a.Notes, b.Notes, Text);

    private static string? Definition(string path, Definition a, Definition b) =>
        Text(path + ".term", a.Term, b.Term)
        ?? Text(path + ".text", a.Text, b.Text)
        ?? List(path + ".items", a.Items, b.Items, Text);

    private static string? List<T>(string path, ImmutableArray<T> expected, ImmutableArray<T> actual, Func<string, T, T, string?> compare)
    {
        var e = expected.IsDefault ? [] : expected;
        var a = actual.IsDefault ? [] : actual;
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (compare($"{path}[{i}]", e[i], a[i]) is { } difference)
            {
                return difference;
            }
        }

        return e.Length == a.Length ? null
            : e.Length > a.Length ? $"{path}: expected {e.Length} entries, got {a.Length} (missing [{a.Length}] {Show(e[a.Length])})"
            : $"{path}: expected {e.Length} entries, got {a.Length} (extra [{e.Length}] {Show(a[e.Length])})";
    }

    private static string? Text(string path, LocatedText expected, LocatedText actual) => Value(path, expected.Value, actual.Value);

    private static string? Value<T>(string path, T expected, T actual) =>
        EqualityComparer<T>.Default.Equals(expected, actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        LocatedText t => "\"" + t.Value + "\"",
        LearningOutcome o => $"outcome {o.Id} \"{o.Text.Value}\"",
        AssessmentCriterion c => $"criterion {c.Id} \"{c.Text.Value}\"",
        CriterionItem i => $"item {i.Id} \"{i.Text.Value}\"",
        IndicativeContent c => $"content for {c.CriterionId}",
        Definition d => $"definition \"{d.Term.Value}\"",
        _ => value.ToString() ?? string.Empty,
    };
}
