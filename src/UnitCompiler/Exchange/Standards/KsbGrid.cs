using System.Net;
using System.Text;
using UnitCompiler.Model;
using UnitCompiler.Render.Xlsx;

namespace UnitCompiler.Exchange.Standards;

/// <summary>
/// The KSB view of the mapping grid: a row per criterion, a column per K/S/B code, each cell the
/// mapping's mark (✓ confirmed by a writer, else the score), then the KSBs no criterion covers,
/// which is the gap a provider must cover elsewhere. In CSV (RFC 4180, UTF-8 with a BOM, as the
/// mapping grid), standalone HTML and XLSX (every cell text).
/// </summary>
public static class KsbGrid
{
    public static List<string[]> Rows(Unit unit, StandardMapping mapping, ApprenticeshipStandard standard)
    {
        var rows = new List<string[]> { (string[])["Criterion", "Criterion text", .. standard.Ksbs.Select(k => k.Code)] };
        var byCriterion = mapping.Criteria.ToDictionary(c => c.CriterionId, StringComparer.Ordinal);
        foreach (var criterion in unit.Criteria)
        {
            var m = byCriterion.GetValueOrDefault(criterion.Id);
            rows.Add([criterion.Id, MarkdownInline.ToPlainText(criterion.Text.Value), .. standard.Ksbs.Select(k => Mark(m, k.Code))]);
        }

        return rows;
    }

    public static List<string[]> GapRows(StandardMapping mapping, ApprenticeshipStandard standard) =>
        [["Not covered by any criterion", "KSB"], .. KsbMapper.Uncovered(mapping, standard).Select(k => new[] { k.Code, k.Detail })];

    private static string Mark(KsbMapping? m, string code) =>
        m?.Ksbs.FirstOrDefault(k => k.Code == code) is { } a ? (m.Confirmed ? "✓" : a.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)) : string.Empty;

    public static byte[] Csv(Unit unit, StandardMapping mapping, ApprenticeshipStandard standard)
    {
        var csv = new StringBuilder("\uFEFF");
        foreach (var row in Rows(unit, mapping, standard).Append([]).Concat(GapRows(mapping, standard)))
        {
            csv.Append(string.Join(",", row.Select(Field))).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Xlsx(Unit unit, StandardMapping mapping, ApprenticeshipStandard standard) =>
        XlsxWorkbook.Create([new XlsxSheet("KSB grid", Rows(unit, mapping, standard)), new XlsxSheet("Not covered", GapRows(mapping, standard))]);

    public static byte[] Html(Unit unit, StandardMapping mapping, ApprenticeshipStandard standard)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var rows = Rows(unit, mapping, standard);
        var title = $"{unit.Header.Ref} against {standard.Reference} {standard.Title}";
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 4px;vertical-align:top}td.m{text-align:center}</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(E(title)).Append("</h1>\n<table>\n<caption>Criteria (rows) against knowledge, skills and behaviours (columns); ✓ confirmed by a writer, otherwise the mapper's score</caption>\n<thead><tr>");
        foreach (var head in rows[0])
        {
            h.Append("<th scope=\"col\">").Append(E(head)).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows.Skip(1))
        {
            h.Append("<tr><th scope=\"row\">").Append(E(row[0])).Append("</th><td>").Append(E(row[1])).Append("</td>");
            foreach (var cell in row.Skip(2))
            {
                h.Append("<td class=\"m\">").Append(E(cell)).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n<h2>Not covered by any criterion</h2>\n<ul>\n");
        foreach (var k in KsbMapper.Uncovered(mapping, standard))
        {
            h.Append("<li><strong>").Append(E(k.Code)).Append("</strong> ").Append(E(k.Detail)).Append("</li>\n");
        }

        h.Append("</ul>\n</main>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(h.ToString());
    }

    private static string Field(string value)
    {
        // A leading =, +, - or @ would run as a spreadsheet formula; quoted with a leading apostrophe, as the grid does.
        var v = value.Length > 0 && value[0] is '=' or '+' or '@' ? "'" + value : value;
        return v.AsSpan().IndexOfAny(",\"\r\n") >= 0 || v != value ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
