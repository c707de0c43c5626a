using System.Text.RegularExpressions;
using CsCheck;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>The generated units are units a spec could hold: valid, in sequence, and in the spec's plain inline text.</summary>
public partial class UnitGenTests
{
    [Fact]
    public void GeneratedUnitsAreValidAndWrittenAsTheSpecRecordsText() =>
        UnitGen.Unit.Sample(
            unit =>
            {
                var diagnostics = new DiagnosticBag();
                UnitValidator.Validate(unit, SourceLocation.File("generated"), diagnostics);
                Assert.Empty(diagnostics.ToImmutable());
                Assert.Equal(
                    unit.Outcomes.Where(o => OutcomeStem.Classify(o.Text.Value) == OutcomeKind.Skill).Select(o => o.Id),
                    unit.Assessment.SkillOutcomes);
                Assert.All(unit.Outcomes, o => Assert.Equal(OutcomeStem.Classify(o.Text.Value), o.Kind));
                foreach (var text in Texts(unit))
                {
                    Assert.True(text.Length > 0 && text.Trim() == text && !text.Contains("  ", StringComparison.Ordinal), $"badly spaced: \"{text}\"");
                    Assert.False(Markup().IsMatch(text), $"HTML or a marker in: \"{text}\"");
                }
            },
            iter: 200);

    private static IEnumerable<string> Texts(Unit unit) =>
        new[] { unit.Header.Title.Value }
            .Concat(unit.Preamble.Text.Select(t => t.Value))
            .Concat(unit.Outcomes.Select(o => o.Text.Value))
            .Concat(unit.Criteria.SelectMany(c => c.Items.Select(i => i.Text.Value).Prepend(c.Text.Value)))
            .Concat(unit.Assessment.Text.Select(t => t.Value))
            .Concat(unit.Definitions.SelectMany(d => d.Items.Select(i => i.Value).Prepend(d.Text.Value).Prepend(d.Term.Value)))
            .Concat(unit.IndicativeContent.SelectMany(c => c.Notes.Select(n => n.Value)));

    // Tags, entities, a leading number or letter marker, or a Markdown list or heading marker.
    [GeneratedRegex(@"[<>]|&\w+;|^(\d|\(?[a-z]{1,2}[).]\s|\(?[ivx]{1,5}[).]\s|[-*+#]\s)", RegexOptions.NonBacktracking)]
    private static partial Regex Markup();
}
