using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;

namespace UnitCompiler.Exchange.Moodle;

/// <summary>
/// A unit as a Moodle competency framework: the framework row (the unit: its reference as id number,
/// the scale, a taxonomy term per level), then each outcome, its criteria under it and their
/// sub-items under them. Id numbers are the unit reference and the item's code (<c>L/652/0848 AC2.3</c>),
/// unique in the file and stable across exports; shortnames are the code and as much of the text as
/// fits in Moodle's 100 characters, cut at a word; descriptions the full text, as Markdown.
/// </summary>
public static class MoodleFramework
{
    public const string Extension = ".moodle.csv";

    public static ImmutableArray<MoodleRow> Rows(Unit unit, ExchangeSettings settings)
    {
        var r = unit.Header.Ref;
        var rows = ImmutableArray.CreateBuilder<MoodleRow>();
        rows.Add(new MoodleRow(string.Empty, r, Shorten($"{r} {unit.Header.Title.Value}"), Description(unit), true, [])
        {
            ScaleValues = string.Join(",", settings.Scale.Values),
            ScaleConfiguration = ScaleConfiguration(settings.Scale),
            Taxonomy = string.Join(",", settings.Taxonomy),
        });
        foreach (var outcome in unit.Outcomes)
        {
            var outcomeId = $"{r} LO{outcome.Id}";
            rows.Add(new MoodleRow(string.Empty, outcomeId, Shorten($"LO{outcome.Id} {Plain(outcome.Text.Value)}"), outcome.Text.Value, false, []));
            foreach (var criterion in outcome.Criteria)
            {
                var criterionId = $"{r} AC{criterion.Id}";
                rows.Add(new MoodleRow(outcomeId, criterionId, Shorten($"AC{criterion.Id} {Plain(criterion.Text.Value)}"), criterion.Text.Value, false, []));
                foreach (var item in criterion.Items)
                {
                    rows.Add(new MoodleRow(criterionId, $"{r} AC{criterion.Id}{item.Id}", Shorten($"AC{criterion.Id}{item.Id} {Plain(item.Text.Value)}"), item.Text.Value, false, []));
                }
            }
        }

        return rows.ToImmutable();
    }

    /// <summary>The CSV, or null with the rules it breaks reported at <paramref name="at"/>.</summary>
    public static byte[]? Write(Unit unit, ExchangeSettings settings, SourceLocation at, DiagnosticBag diagnostics)
    {
        var rows = Rows(unit, settings);
        var problems = new DiagnosticBag();
        MoodleRules.Check(rows, settings.Scale, settings.Taxonomy, at, problems);
        diagnostics.AddRange(problems.ToImmutable());
        return problems.HasErrors ? null : Encoding.UTF8.GetBytes(Csv(rows));
    }

    public static string Csv(IEnumerable<MoodleRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, MoodleRow.Columns);
        foreach (var row in rows)
        {
            Line(csv, [
                row.ParentIdNumber, row.IdNumber, row.Shortname, row.Description, MoodleRow.MarkdownFormat,
                row.ScaleValues, row.ScaleConfiguration, string.Empty, string.Empty, string.Empty,
                string.Join(",", row.CrossReferences.Select(EscapeReference)), string.Empty, row.IsFramework ? "1" : string.Empty, row.Taxonomy,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>A literal comma in a cross-referenced id number is written %2C, as Moodle's import decodes it.</summary>
    public static string EscapeReference(string idNumber) => idNumber.Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>Moodle's scale configuration: the scale (its id given by the import), then each value's default and proficient flags.</summary>
    public static string ScaleConfiguration(MoodleScale scale)
    {
        var parts = new List<string> { "{\"scaleid\":\"0\"}" };
        for (var i = 1; i <= scale.Values.Length; i++)
        {
            var isDefault = i == scale.DefaultValue ? 1 : 0;
            var proficient = scale.Proficient.Contains(i) ? 1 : 0;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{i},\"scaledefault\":{isDefault},\"proficient\":{proficient}}}"));
        }

        return "[" + string.Join(",", parts) + "]";
    }

    private static string Description(Unit unit)
    {
        var facts = new List<string>();
        if (unit.Header.Level is { } level)
        {
            facts.Add($"Level {level}");
        }

        if (unit.Header.Credit is { } credit)
        {
            facts.Add($"credit {credit}");
        }

        if (unit.Header.GuidedLearningHours is { } glh)
        {
            facts.Add($"{glh} guided learning hours");
        }

        return facts.Count == 0 ? unit.Header.Title.Value : $"{unit.Header.Title.Value} ({string.Join(", ", facts)})";
    }

    private static string Plain(string markdown) => MarkdownInline.ToPlainText(markdown);

    /// <summary>At most 100 characters, cut at a word with an ellipsis, so Moodle never cuts it.</summary>
    internal static string Shorten(string text)
    {
        if (text.Length <= MoodleRules.MaxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MoodleRules.MaxLength - 1);
        return text[..(cut > 10 ? cut : MoodleRules.MaxLength - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(f);
            }
        }

        csv.Append('\n');
    }
}
