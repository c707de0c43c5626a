using System.Collections.Immutable;
using UnitCompiler.Lint;
using UnitCompiler.Model;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Lint;

/// <summary>
/// Lint tests start from the seed's spec (the unit a writer edits and lint reads), loaded once, and
/// change the model: a word of a text, a criterion, the level. Nothing is re-imported.
/// </summary>
internal static class LintTestHelpers
{
    public static string SeedSpecPath { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "UnitCompiler.Tests", "Expected", "L-652-0848.yaml");

    public static string SeedSpecText { get; } = File.ReadAllText(SeedSpecPath);

    public static Unit SeedSpecUnit { get; } = SpecReader.Read(new SourceText("L-652-0848.yaml", SeedSpecText)).Unit!;

    /// <summary>Lints the seed's spec after replacing <paramref name="from"/> by <paramref name="to"/> in its texts (Markdown, as the spec holds them).</summary>
    public static IReadOnlyList<LintFinding> LintSeed(string from = "", string to = "", LintConfig? config = null) =>
        LintUnit(from.Length == 0 ? SeedSpecUnit : Edited(from, to), config);

    public static IReadOnlyList<LintFinding> LintUnit(Unit unit, LintConfig? config = null) => Linter.Lint(unit, config ?? LintConfig.Default, "L-652-0848.yaml");

    /// <summary>
    /// The seed's spec unit with <paramref name="from"/> replaced in every text of its outcomes, criteria,
    /// sub-items and indicative content; the text must occur, so a test cannot edit nothing.
    /// </summary>
    public static Unit Edited(string from, string to, Unit? unit = null)
    {
        unit ??= SeedSpecUnit;
        var found = false;
        LocatedText Edit(LocatedText text)
        {
            if (!text.Value.Contains(from, StringComparison.Ordinal))
            {
                return text;
            }

            found = true;
            var value = text.Value.Replace(from, to, StringComparison.Ordinal);
            return new LocatedText(value, TextOrigin.Contiguous(new SourceText("edited.yaml", value), 0, value.Length));
        }

        var edited = unit with
        {
            Outcomes = [.. unit.Outcomes.Select(o => o with
            {
                Text = Edit(o.Text),
                Criteria = [.. o.Criteria.Select(c => c with { Text = Edit(c.Text), Items = [.. c.Items.Select(i => i with { Text = Edit(i.Text) })] })],
            })],
            IndicativeContent = [.. unit.IndicativeContent.Select(ic => ic with
            {
                Definitions = [.. ic.Definitions.Select(d => d with { Term = Edit(d.Term), Text = Edit(d.Text), Items = [.. d.Items.Select(Edit)] })],
                Notes = [.. ic.Notes.Select(Edit)],
            })],
        };
        Assert.True(found, $"'{from}' is in no text of the seed's spec");
        return edited;
    }

    public static string[] Ids(this IReadOnlyList<LintFinding> findings, string id) =>
        [.. findings.Where(f => f.Diagnostic.Id == id).Select(f => f.CriterionId ?? "-")];
}
