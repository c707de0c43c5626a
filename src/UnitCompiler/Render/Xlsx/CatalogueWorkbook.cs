using System.Globalization;
using UnitCompiler.Model;

namespace UnitCompiler.Render.Xlsx;

/// <summary>
/// The mapping grid of a whole catalogue as one workbook: a summary sheet listing every unit
/// (its reference links to the unit's sheet), then one sheet per unit holding the rows its
/// <c>mapping-grid.xlsx</c> template printed, in the order of the specs.
/// </summary>
internal static class CatalogueWorkbook
{
    /// <summary>Where the build writes it, under the output folder.</summary>
    public const string RelativePath = "mapping-grid.xlsx";

    private const string SummaryName = "Summary";

    private static readonly string[] SummaryHeader = ["ref", "title", "level", "credit", "glh", "outcomes", "criteria", "skill_outcomes"];

    /// <summary>What the catalogue keeps of a unit: its summary row and its grid rows, not the unit itself.</summary>
    public sealed record Entry(string[] Summary, IReadOnlyList<string[]> Rows)
    {
        public static Entry Of(Unit unit, IReadOnlyList<string[]> rows) => new(
            [
                unit.Header.Ref,
                MarkdownText.ToPlain(unit.Header.Title.Value),
                Number(unit.Header.Level),
                Number(unit.Header.Credit),
                Number(unit.Header.GuidedLearningHours),
                Number(unit.Outcomes.Length),
                Number(unit.Criteria.Count()),
                string.Join(", ", unit.Assessment.SkillOutcomes),
            ],
            rows);

        private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public static byte[] Create(IReadOnlyList<Entry> units)
    {
        var names = SheetNames.Unique([SummaryName, .. units.Select(u => u.Summary[0])]);
        var summaryRows = new List<string[]> { SummaryHeader };
        summaryRows.AddRange(units.Select(u => u.Summary));
        var links = units.Select((_, i) => new SheetLink(i + 1, 0, names[i + 1])).ToList();
        var sheets = new List<XlsxSheet> { new(names[0], summaryRows, links) };
        sheets.AddRange(units.Select((u, i) => new XlsxSheet(names[i + 1], u.Rows)));
        return XlsxWorkbook.Create(sheets);
    }
}
