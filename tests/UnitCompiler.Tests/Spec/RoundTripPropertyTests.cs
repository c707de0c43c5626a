using System.Collections.Immutable;
using CsCheck;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Spec;

/// <summary>Load then save is a fixpoint for any unit the model can hold, whatever its strings contain.</summary>
public class RoundTripPropertyTests
{
    // Characters that stress YAML quoting: indicators, quotes, escapes, colons, hashes, unicode, controls.
    private static readonly string[] Awkward = ["yes", "no", "null", "~", "1.5", "true", "- x", "# y", "a: b", " lead", "trail ", "**bold** term", "0x1F", "2024-01-01", "line\nbreak"];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abc XYZ-:#'\"\\*_&%@`|>!?{}[],.\u2019\u00E9\u2022\t"], 0, 40],
        Gen.Int[0, Awkward.Length - 1].Select(i => Awkward[i]));

    private static readonly Gen<LocatedText> Located = Text.Select(t => new LocatedText(t));

    internal static Gen<Unit> Units =>
        from title in Text.Select(t => new LocatedText("T" + t.Trim()))
        from level in Gen.Int[0, 8].Nullable()
        from outcomeCount in Gen.Int[1, 4]
        from outcomes in Gen.Int[1, 3].Array[outcomeCount]
        from texts in Located.Array[outcomeCount * 4]
        from items in Located.Array[0, 3]
        from notes in Located.Array[0, 3]
        from skill in Gen.Bool
        select new Unit(
            new UnitHeader("L/652/0848", title, level, 5, null, []),
            new Preamble(texts[0], [.. notes]),
            [.. outcomes.Select((n, o) => new LearningOutcome(
                (o + 1).ToString(),
                texts[o],
                skill && o == 0 ? OutcomeKind.Skill : OutcomeKind.Knowledge,
                [.. Enumerable.Range(1, n).Select(c => new AssessmentCriterion(
                    $"{o + 1}.{c}",
                    texts[(o * 4 + c) % texts.Length],
                    [.. items.Select((t, i) => new CriterionItem(((char)('a' + i)).ToString(), t))],
                    []))]))],
            new AssessmentRequirements([.. notes], skill ? ["1"] : []),
            [new IndicativeContent("1.1", [new Definition(title, texts[^1], [.. items])], [.. notes])],
            null);

    [Fact]
    public void WriteReadWriteIsAFixpoint() =>
        Units.Sample(unit =>
        {
            var yaml = SpecWriter.Write(unit);
            var read = SpecReader.Read(new SourceText("gen.yaml", yaml));
            Assert.False(read.HasErrors, yaml + "\n" + string.Join("\n", read.Diagnostics));
            Assert.Equal(yaml, SpecWriter.Write(read.Unit!));
            Assert.Equal(unit.Outcomes.SelectMany(o => o.Criteria).Select(c => c.Text.Value), read.Unit!.Criteria.Select(c => c.Text.Value));
        }, iter: 300);
}
