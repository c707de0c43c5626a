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
                unit.Header.LevelName ?? string.Empty,
                Number(unit.Header.Credit),
                Number(unit.Header.GuidedLearningHours),
                Number(unit.Outcomes.Length),
                Number(unit.Criteria.Count()),
                string.Join(", ", unit.Assessment.SkillOutcomes),
            ],
            rows);

        private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>
    /// The workbook: the summary, a <c>Qualifications</c> sheet when the catalogue holds any (one row
    /// per unit of each qualification, from each qualification's <c>qualification-structure.xlsx</c>
    /// rows, after the qualification's number and title), then a sheet per unit.
    /// </summary>
    public static byte[] Create(IReadOnlyList<Entry> units, IReadOnlyList<QualificationEntry>? qualifications = null)
    {
        qualifications ??= [];
        var extra = qualifications.Count > 0 ? 1 : 0;
        var names = SheetNames.Unique([SummaryName, .. qualifications.Count > 0 ? [QualificationsName] : System.Array.Empty<string>(), .. units.Select(u => u.Summary[0])]);
        var summaryRows = new List<string[]> { SummaryHeader };
        summaryRows.AddRange(units.Select(u => u.Summary));
        var links = units.Select((_, i) => new SheetLink(i + 1, 0, names[i + 1 + extra])).ToList();
        var sheets = new List<XlsxSheet> { new(names[0], summaryRows, links) };
        if (extra == 1)
        {
            sheets.Add(new XlsxSheet(names[1], QualificationRows(qualifications)));
        }

        sheets.AddRange(units.Select((u, i) => new XlsxSheet(names[i + 1 + extra], u.Rows)));
        return XlsxWorkbook.Create(sheets);
    }

    private const string QualificationsName = "Qualifications";

    /// <summary>What the catalogue keeps of a qualification: its number, title and structure rows (the first row the header).</summary>
    public sealed record QualificationEntry(string Number, string Title, IReadOnlyList<string[]> Rows);

    private static List<string[]> QualificationRows(IReadOnlyList<QualificationEntry> qualifications)
    {
        var header = qualifications.Select(q => q.Rows.FirstOrDefault()).FirstOrDefault(r => r is not null) ?? [];
        var rows = new List<string[]> { new[] { "qualification", "qualification_title" }.Concat(header).ToArray() };
        foreach (var q in qualifications)
        {
            rows.AddRange(q.Rows.Skip(1).Select(r => new[] { q.Number, q.Title }.Concat(r).ToArray()));
        }

        return rows;
    }
}
