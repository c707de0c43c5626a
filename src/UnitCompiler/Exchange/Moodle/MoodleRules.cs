using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Exchange.Moodle;

/// <summary>
/// What Moodle's import would refuse, or skip without a word, checked before a file is written:
/// exactly one framework row; an id number and a shortname on every row, each at most 100
/// characters (Moodle cuts them); id numbers unique; every parent and cross-reference naming a
/// competency row; a scale marking a default and a proficient value; taxonomy terms Moodle knows.
/// </summary>
public static partial class MoodleRules
{
    public const int MaxLength = 100;

    public static readonly ImmutableArray<string> TaxonomyTerms =
        ["behaviour", "competency", "concept", "domain", "indicator", "level", "outcome", "practice", "proficiency", "skill", "value"];

    /// <summary>What is wrong with a scale, as the end of "the framework's scale ...".</summary>
    public static IEnumerable<string> ScaleProblems(MoodleScale scale)
    {
        if (scale.Values.Length == 0)
        {
            yield return "has no values";
        }

        foreach (var v in scale.Values.Where(v => v.Contains(',', StringComparison.Ordinal) || v.Trim().Length == 0))
        {
            yield return $"has a value Moodle cannot read ('{v}': empty, or holding a comma)";
        }

        // grade_scale::load_items trims each value, and the import matches a site scale by the trimmed
        // values joined: a value with spaces around it never matches, and every import makes a new scale.
        foreach (var v in scale.Values.Where(v => v.Trim().Length > 0 && v.Trim() != v))
        {
            yield return $"has a value with spaces around it ('{v}'), which Moodle trims, so the import never finds the site's scale";
        }

        if (scale.DefaultValue < 1 || scale.DefaultValue > scale.Values.Length)
        {
            yield return $"marks no default value (default {scale.DefaultValue} is not a position from 1 to {scale.Values.Length})";
        }

        if (scale.Proficient.IsDefaultOrEmpty)
        {
            yield return "marks no proficient value";
        }

        foreach (var p in scale.Proficient.IsDefault ? [] : scale.Proficient.Where(p => p < 1 || p > scale.Values.Length))
        {
            yield return $"marks proficient {p}, which is not a position from 1 to {scale.Values.Length}";
        }
    }

    public static void Check(IReadOnlyList<MoodleRow> rows, MoodleScale scale, IEnumerable<string> taxonomy, SourceLocation at, DiagnosticBag diagnostics)
    {
        var frameworks = rows.Count(r => r.IsFramework);
        if (frameworks != 1)
        {
            diagnostics.Add(DiagnosticCatalog.MoodleFrameworkRows, at, frameworks);
        }

        var competencyIds = rows.Where(r => !r.IsFramework).Select(r => r.IdNumber).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            var name = row.IdNumber.Length > 0 ? row.IdNumber : $"#{number}";
            if (row.IdNumber.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.MoodleEmptyField, at, name, "id number");
            }

            if (row.Shortname.Trim().Length == 0)
            {
                diagnostics.Add(DiagnosticCatalog.MoodleEmptyField, at, name, "shortname");
            }

            if (row.IdNumber.Length > MaxLength)
            {
                diagnostics.Add(DiagnosticCatalog.MoodleTooLong, at, name, "id number", row.IdNumber.Length);
            }

            if (row.Shortname.Length > MaxLength)
            {
                diagnostics.Add(DiagnosticCatalog.MoodleTooLong, at, name, "shortname", row.Shortname.Length);
            }

            if (row.IdNumber.Length > 0 && !seen.Add(row.IdNumber))
            {
                diagnostics.Add(DiagnosticCatalog.MoodleDuplicateId, at, row.IdNumber);
            }

            if (row.ParentIdNumber.Length > 0 && !competencyIds.Contains(row.ParentIdNumber))
            {
                diagnostics.Add(DiagnosticCatalog.MoodleMissingParent, at, name, row.ParentIdNumber);
            }

            foreach (var reference in row.CrossReferences.Where(r => !competencyIds.Contains(r)))
            {
                diagnostics.Add(DiagnosticCatalog.MoodleBadCrossReference, at, name, reference);
            }
        }

        // framework_importer::add_children finds a row's children with PHP's ==, which compares two
        // numeric strings as numbers: "1.10" == "1.1", "01" == "1". Such rows would be hung under each other's parent.
        foreach (var clash in rows.Where(r => !r.IsFramework && IsPhpNumeric(r.IdNumber))
                     .GroupBy(r => double.Parse(r.IdNumber.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture))
                     .Select(g => g.Select(r => r.IdNumber).Distinct(StringComparer.Ordinal).ToList())
                     .Where(ids => ids.Count > 1))
        {
            diagnostics.Add(DiagnosticCatalog.MoodleNumericIdClash, at, clash[0], clash[1]);
        }

        foreach (var problem in ScaleProblems(scale))
        {
            diagnostics.Add(DiagnosticCatalog.MoodleBadScale, at, problem);
        }

        foreach (var term in taxonomy.Where(t => !TaxonomyTerms.Contains(t)))
        {
            diagnostics.Add(DiagnosticCatalog.MoodleBadTaxonomy, at, term);
        }
    }

    /// <summary>A string PHP 8 takes as a number when it compares two strings with ==.</summary>
    public static bool IsPhpNumeric(string value) => PhpNumeric().IsMatch(value);

    [GeneratedRegex(@"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhpNumeric();
}
