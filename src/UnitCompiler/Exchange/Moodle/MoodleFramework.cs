using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

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
        UnitTree(unit, string.Empty, rows);
        return rows.ToImmutable();
    }

    /// <summary>
    /// A qualification as one framework: the framework row (its number, the scale, the
    /// qualification taxonomy, the rules of combination in its description), then each unit at the
    /// top level in group order, its outcomes under it, their criteria and sub-items below. A unit's
    /// rows under it have the id numbers they have in the unit's own framework; a unit the
    /// qualification only declares is one row.
    /// </summary>
    public static ImmutableArray<MoodleRow> Rows(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue, ExchangeSettings settings)
    {
        var header = qualification.Header;
        var rows = ImmutableArray.CreateBuilder<MoodleRow>();
        rows.Add(new MoodleRow(string.Empty, header.Number, Shorten($"{header.Number} {header.Title.Value}"), Description(qualification, facts), true, [])
        {
            ScaleValues = string.Join(",", settings.Scale.Values),
            ScaleConfiguration = ScaleConfiguration(settings.Scale),
            Taxonomy = string.Join(",", settings.QualificationTaxonomy),
        });
        foreach (var group in qualification.Groups)
        {
            foreach (var reference in group.Units)
            {
                var unit = catalogue.TryGetValue(reference.Ref, out var u) ? u : null;
                var title = unit?.Header.Title.Value ?? (facts.TryGetValue(reference.Ref, out var f) ? f.Title : string.Empty);
                var about = unit is not null ? Description(unit) : facts.TryGetValue(reference.Ref, out var d) ? $"{d.Title} (Level {d.Level}, credit {d.Credit}, {d.GuidedLearningHours} guided learning hours)" : title;
                rows.Add(new MoodleRow(string.Empty, reference.Ref, Shorten($"{reference.Ref} {Plain(title)}"), $"{about}. {group.Title.Value} (group {group.Id}).", false, []));
                if (unit is not null)
                {
                    UnitTree(unit, reference.Ref, rows);
                }
            }
        }

        return rows.ToImmutable();
    }

    // The outcomes under parent (blank: the top level), their criteria under them and their sub-items under those.
    private static void UnitTree(Unit unit, string parent, ImmutableArray<MoodleRow>.Builder rows)
    {
        var r = unit.Header.Ref;
        foreach (var outcome in unit.Outcomes)
        {
            var outcomeId = $"{r} LO{outcome.Id}";
            rows.Add(new MoodleRow(parent, outcomeId, Shorten($"LO{outcome.Id} {Plain(outcome.Text.Value)}"), outcome.Text.Value, false, []));
            foreach (var criterion in outcome.Criteria)
            {
                var criterionId = $"{r} AC{criterion.Id}";
                rows.Add(new MoodleRow(outcomeId, criterionId, Shorten($"AC{criterion.Id} {Plain(criterion.Text.Value)}"), criterion.Wording, false, []));
                foreach (var item in criterion.Items)
                {
                    rows.Add(new MoodleRow(criterionId, $"{r} AC{criterion.Id}{item.Id}", Shorten($"AC{criterion.Id}{item.Id} {Plain(item.Text.Value)}"), item.Text.Value, false, []));
                }
            }
        }
    }

    /// <summary>The CSV, or null with the rules it breaks reported at <paramref name="at"/>.</summary>
    public static byte[]? Write(Unit unit, ExchangeSettings settings, SourceLocation at, DiagnosticBag diagnostics) =>
        Write(Rows(unit, settings), settings.Scale, settings.Taxonomy, at, diagnostics);

    /// <summary>A qualification's CSV, or null with the rules it breaks reported at <paramref name="at"/>.</summary>
    public static byte[]? Write(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts, IReadOnlyDictionary<string, Unit> catalogue, ExchangeSettings settings, SourceLocation at, DiagnosticBag diagnostics) =>
        Write(Rows(qualification, facts, catalogue, settings), settings.Scale, settings.QualificationTaxonomy, at, diagnostics);

    private static byte[]? Write(ImmutableArray<MoodleRow> rows, MoodleScale scale, ImmutableArray<string> taxonomy, SourceLocation at, DiagnosticBag diagnostics)
    {
        var problems = new DiagnosticBag();
        MoodleRules.Check(rows, scale, taxonomy, at, problems);
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
            facts.Add(level == EntryLevel.Level ? unit.Header.LevelName! : $"Level {level}");
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

    // The qualification's facts, then its rules of combination as a Markdown list (the description is format 4).
    private static string Description(Qualification qualification, IReadOnlyDictionary<string, UnitFacts> facts)
    {
        var h = qualification.Header;
        var parts = new List<string>();
        if (h.Level is { } level)
        {
            parts.Add($"Level {level}");
        }

        if (h.Credit is { } credit)
        {
            parts.Add($"credit {credit}");
        }

        if (h.TotalQualificationTime is { } tqt)
        {
            parts.Add($"TQT {tqt}");
        }

        if (h.GuidedLearningHours is { } glh)
        {
            parts.Add($"{glh} guided learning hours");
        }

        var text = new StringBuilder(parts.Count == 0 ? h.Title.Value : $"{h.Title.Value} ({string.Join(", ", parts)})");
        text.Append("\n\nRules of combination:\n");
        foreach (var sentence in CombinationRulesText.Sentences(qualification, facts))
        {
            text.Append("\n- ").Append(sentence);
        }

        return text.ToString();
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
