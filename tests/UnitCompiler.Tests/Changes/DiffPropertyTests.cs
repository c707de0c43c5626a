using System.Globalization;
using CsCheck;
using UnitCompiler.Changes;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Import.Generated;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Changes;

/// <summary>
/// Properties of the differ over generated units: a unit compared with itself (or with itself
/// written and read back) has no change, and each of a handful of random edits is reported exactly
/// once, as the kind of change it is, with nothing else reported.
/// </summary>
public class DiffPropertyTests
{
    private enum Edit
    {
        Reword,
        Editorial,
        Add,
        RemoveLast,
        Level,
        Credit,
        Glh,
        OutcomeReword,
    }

    [Fact]
    public void AUnitComparedWithItselfHasNoChange() =>
        UnitGen.Unit.Sample(unit =>
        {
            Assert.Empty(UnitDiffer.Diff(unit, unit));
            var read = SpecReader.Read(new SourceText("gen.yaml", SpecWriter.Write(unit))).Unit!;
            Assert.Empty(UnitDiffer.Diff(unit, read));
            Assert.True(CatalogueDiffer.Diff(new Catalogue([unit], []), new Catalogue([read], [])).IsEmpty);
        }, iter: 200);

    [Fact]
    public void EveryEditIsReportedOnceAndNothingElse() =>
        Gen.Select(UnitGen.Unit, Gen.Enum<Edit>().Array[1, 6], Gen.Int[0, 1_000_000].Array[6]).Sample((unit, edits, picks) =>
        {
            var (edited, expected) = Apply(unit, edits, picks);
            var actual = UnitDiffer.Diff(unit, edited).Select(c => (c.Kind, c.Class, c.Subject ?? string.Empty)).Order().ToList();
            Assert.Equal(expected.Order().ToList(), actual);
        }, iter: 300);

    private static (Unit Edited, List<(ChangeKind, ChangeClass, string)> Expected) Apply(Unit unit, Edit[] edits, int[] picks)
    {
        var outcomes = unit.Outcomes.Select(o => o with { Criteria = [.. o.Criteria] }).ToList();
        var header = unit.Header;
        var expected = new List<(ChangeKind, ChangeClass, string)>();
        var usedCriteria = new HashSet<string>(StringComparer.Ordinal);
        var structural = new HashSet<int>();
        var usedOutcomes = new HashSet<int>();
        var usedHeader = new HashSet<Edit>();
        for (var e = 0; e < edits.Length; e++)
        {
            var pick = picks[e];
            var unique = $"xylograph{e}q";
            switch (edits[e])
            {
                case Edit.Reword or Edit.Editorial:
                {
                    var free = outcomes.SelectMany((o, oi) => o.Criteria.Select(c => (oi, c))).Where(x => !usedCriteria.Contains(x.c.Id)).ToList();
                    if (free.Count == 0)
                    {
                        break;
                    }

                    var (oi, criterion) = free[pick % free.Count];
                    usedCriteria.Add(criterion.Id);
                    var text = criterion.Text.Value;
                    var edited = edits[e] == Edit.Reword ? $"{text} {unique}" : SwapFirstCase(text);
                    Replace(outcomes, oi, criterion.Id, criterion with { Text = new LocatedText(edited) });
                    expected.Add((ChangeKind.CriterionReworded, edits[e] == Edit.Reword ? ChangeClass.Material : ChangeClass.Editorial, criterion.Id));
                    break;
                }

                case Edit.Add:
                {
                    var free = Enumerable.Range(0, outcomes.Count).Where(oi => !structural.Contains(oi)).ToList();
                    if (free.Count == 0)
                    {
                        break;
                    }

                    var oi = free[pick % free.Count];
                    structural.Add(oi);
                    var o = outcomes[oi];
                    var id = $"{o.Id}.{(o.Criteria.Length + 1).ToString(CultureInfo.InvariantCulture)}";
                    usedCriteria.Add(id);
                    outcomes[oi] = o with { Criteria = [.. o.Criteria, new AssessmentCriterion(id, new LocatedText($"Quantify {unique} zymurgy"), [], [])] };
                    expected.Add((ChangeKind.CriterionAdded, ChangeClass.Material, id));
                    break;
                }

                case Edit.RemoveLast:
                {
                    var free = Enumerable.Range(0, outcomes.Count)
                        .Where(oi => !structural.Contains(oi) && outcomes[oi].Criteria.Length >= 2 && !usedCriteria.Contains(outcomes[oi].Criteria[^1].Id)).ToList();
                    if (free.Count == 0)
                    {
                        break;
                    }

                    var oi = free[pick % free.Count];
                    structural.Add(oi);
                    var last = outcomes[oi].Criteria[^1];
                    usedCriteria.Add(last.Id);
                    outcomes[oi] = outcomes[oi] with { Criteria = outcomes[oi].Criteria.RemoveAt(outcomes[oi].Criteria.Length - 1) };
                    expected.Add((ChangeKind.CriterionRemoved, ChangeClass.Material, last.Id));
                    break;
                }

                case Edit.OutcomeReword:
                {
                    var free = Enumerable.Range(0, outcomes.Count).Where(oi => !usedOutcomes.Contains(oi)).ToList();
                    if (free.Count == 0)
                    {
                        break;
                    }

                    var oi = free[pick % free.Count];
                    usedOutcomes.Add(oi);
                    outcomes[oi] = outcomes[oi] with { Text = new LocatedText($"{outcomes[oi].Text.Value} {unique}") };
                    expected.Add((ChangeKind.OutcomeReworded, ChangeClass.Material, outcomes[oi].Id));
                    break;
                }

                default:
                {
                    if (!usedHeader.Add(edits[e]))
                    {
                        break;
                    }

                    (header, var kind, var subject) = edits[e] switch
                    {
                        Edit.Level => (header with { Level = header.Level + 1 }, ChangeKind.LevelChanged, "level"),
                        Edit.Credit => (header with { Credit = header.Credit + 1 }, ChangeKind.CreditChanged, "credit"),
                        _ => (header with { GuidedLearningHours = header.GuidedLearningHours + 1 }, ChangeKind.GlhChanged, "glh"),
                    };
                    expected.Add((kind, ChangeClass.Material, subject));
                    break;
                }
            }
        }

        return (unit with { Header = header, Outcomes = [.. outcomes] }, expected);
    }

    private static void Replace(List<LearningOutcome> outcomes, int oi, string id, AssessmentCriterion criterion) =>
        outcomes[oi] = outcomes[oi] with { Criteria = [.. outcomes[oi].Criteria.Select(c => c.Id == id ? criterion : c)] };

    private static string SwapFirstCase(string text) =>
        text.Length == 0 ? text : (char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) : char.ToUpperInvariant(text[0])) + text[1..];
}
