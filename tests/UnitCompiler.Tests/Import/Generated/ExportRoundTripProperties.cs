using System.Text;
using CsCheck;
using UnitCompiler.Import;
using UnitCompiler.Model;

namespace UnitCompiler.Tests.Import.Generated;

/// <summary>
/// Whatever layout an export of a unit has, importing it gives that unit back, field by field, with
/// no error and nothing left unrecognised. One property draws every knob at once; one per knob
/// family keeps the others at the seed's layout, so that a failure names the family.
/// </summary>
public class ExportRoundTripProperties
{
    private const int FamilyIterations = 100;

    [Fact]
    public void EveryKnobAtOnce() => RoundTrip(KnobGen.All, 1000);

    [Fact]
    public void SeedLayout() => RoundTrip(Gen.Const(ExportKnobs.Seed), FamilyIterations);

    [Fact]
    public void CellWraps() => RoundTrip(KnobGen.Wrap.Select(w => ExportKnobs.Seed with { Wrap = w }), FamilyIterations);

    [Fact]
    public void TagCaseAndAttributes() => RoundTrip(KnobGen.Tags.Select(t => ExportKnobs.Seed with { Tags = t }), FamilyIterations);

    [Fact]
    public void CriterionSeparators() => RoundTrip(KnobGen.Separator.Select(s => ExportKnobs.Seed with { Separator = s }), FamilyIterations);

    [Fact]
    public void CriterionNumbers() => RoundTrip(KnobGen.Numbers.Select(n => ExportKnobs.Seed with { Numbers = n }), FamilyIterations);

    [Fact]
    public void OutcomeNumbers() => RoundTrip(KnobGen.Outcomes.Select(o => ExportKnobs.Seed with { Outcomes = o }), FamilyIterations);

    [Fact]
    public void OutcomeTableLayouts() => RoundTrip(KnobGen.Table.Select(t => ExportKnobs.Seed with { Table = t }), FamilyIterations);

    [Fact]
    public void SubItemForms() => RoundTrip(KnobGen.Items.Select(i => ExportKnobs.Seed with { Items = i }), FamilyIterations);

    [Fact]
    public void EntitySpellings() => RoundTrip(KnobGen.Entities.Select(e => ExportKnobs.Seed with { Entities = e }), FamilyIterations);

    [Fact]
    public void MetadataLabelsAndNumbers() => RoundTrip(KnobGen.Metadata.Select(m => ExportKnobs.Seed with { Metadata = m }), FamilyIterations);

    [Fact]
    public void LineEndsBomAndBlankLines() => RoundTrip(KnobGen.Lines.Select(l => ExportKnobs.Seed with { Lines = l }), FamilyIterations);

    [Fact]
    public void SkillOutcomeSentenceWordings() => RoundTrip(KnobGen.Skill.Select(s => ExportKnobs.Seed with { Skill = s }), FamilyIterations);

    [Fact]
    public void IndicativeContentShapes() => RoundTrip(KnobGen.Content.Select(c => ExportKnobs.Seed with { Content = c }), FamilyIterations);

    [Fact]
    public void AssessmentRequirementForms() => RoundTrip(KnobGen.Requirements.Select(r => ExportKnobs.Seed with { Requirements = r }), FamilyIterations);

    [Fact]
    public void SectionHeadingsAndTrailer() => RoundTrip(KnobGen.Headings.Select(h => ExportKnobs.Seed with { Headings = h }), FamilyIterations);

    private static void RoundTrip(Gen<ExportKnobs> knobs, long iterations) =>
        Gen.Select(UnitGen.Unit, knobs, (unit, k) => new Case(unit, k)).Sample(
            c =>
            {
                var result = UnitImporter.Import("generated.txt", Encoding.UTF8.GetBytes(c.Text));
                var problems = result.Diagnostics.Where(d => d.IsError || d.Id == "UNITC0114").ToList();
                Assert.True(problems.Count == 0, "import reported:\n" + string.Join("\n", problems) + c.Listing);
                Assert.NotNull(result.Unit);
                var difference = UnitComparer.FirstDifference(ExportWriter.Meaning(c.Unit, c.Knobs), result.Unit);
                Assert.True(difference is null, difference + c.Listing);

                // The check that --verify runs must agree: no layout makes it call a kept word lost.
                var missing = LosslessCheck.MissingWords(c.Text.TrimStart('\uFEFF'), result.Unit);
                Assert.True(missing.Count == 0, "words called lost: " + string.Join(", ", missing.Select(m => $"{m.Key}×{m.Value}")) + c.Listing);
            },
            iter: iterations,
            print: c => c.ToString());

    /// <summary>One generated case; printed as its knobs and the export text, which is all a failure needs.</summary>
    private sealed record Case(Unit Unit, ExportKnobs Knobs)
    {
        public string Text { get; } = ExportWriter.Write(Unit, Knobs);

        /// <summary>The export text with numbered lines, tabs shown as →, CR as ␍ and a BOM as ⟨BOM⟩; failure messages carry it whole.</summary>
        public string Listing =>
            "\n----- export text -----\n" + string.Join("\n", Text.Split('\n').Select((line, i) =>
                $"{i + 1,4}| {line.Replace("\uFEFF", "⟨BOM⟩", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal).Replace("\r", "␍", StringComparison.Ordinal)}")) + "\n-----";

        public override string ToString() => $"knobs: {Knobs}{Listing}";
    }
}
