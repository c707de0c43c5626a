using System.Globalization;
using Scriban.Runtime;
using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// The mapping grid's KSB view, from the spec's <c>standards:</c> alone (the build never reads a
/// standard's file): per standard, a row per criterion and a column per K/S/B code, each cell ✓ for a
/// mapping a writer confirmed, the mapper's score for one it did not, empty for none; and the KSBs no
/// criterion covers, from the KSB list <c>unitc map</c> stores with the mapping. A mapping stored
/// without that list (before unitc stored it) shows the codes it names and no gap list.
/// </summary>
internal static class KsbView
{
    public const string Confirmed = "✓";

    public static ScriptArray Standards(Unit unit)
    {
        var array = new ScriptArray(unit.Standards.Length);
        foreach (var s in unit.Standards)
        {
            var ksbs = Ksbs(s);
            var byCriterion = s.Criteria.ToDictionary(c => c.CriterionId, StringComparer.Ordinal);
            var rows = new ScriptArray();
            foreach (var c in unit.Criteria)
            {
                rows.Add(new ScriptObject(3)
                {
                    ["criterion"] = c.Id,
                    ["text_plain"] = MarkdownText.ToPlain(c.Text.Value),
                    ["marks"] = Marks(byCriterion.GetValueOrDefault(c.Id), ksbs),
                });
            }

            var covered = s.Criteria.SelectMany(c => c.Ksbs).Select(k => k.Code).ToHashSet(StringComparer.Ordinal);
            array.Add(new ScriptObject(8)
            {
                ["standard"] = s.Standard,
                ["version"] = s.Version,
                ["title"] = s.Title,
                ["ksbs"] = Ksb(ksbs),
                ["rows"] = rows,
                ["has_ksb_list"] = !s.Ksbs.IsEmpty,
                ["uncovered"] = Ksb(s.Ksbs.Where(k => !covered.Contains(k.Code))),
                ["covered_count"] = s.Ksbs.IsEmpty ? covered.Count : s.Ksbs.Count(k => covered.Contains(k.Code)),
            });
        }

        return array;
    }

    /// <summary>A criterion's cells, per standard, in the order of <see cref="Standards"/>' columns.</summary>
    public static ScriptArray CriterionMarks(Unit unit, string criterionId)
    {
        var array = new ScriptArray(unit.Standards.Length);
        foreach (var s in unit.Standards)
        {
            array.Add(Marks(s.Criteria.FirstOrDefault(c => c.CriterionId == criterionId), Ksbs(s)));
        }

        return array;
    }

    // The standard's KSBs as map stored them, else the codes the mapping names, K before S before B, in number order.
    private static List<StandardKsb> Ksbs(StandardMapping s) => !s.Ksbs.IsEmpty
        ? [.. s.Ksbs]
        : [.. s.Criteria.SelectMany(c => c.Ksbs).Select(k => k.Code).Distinct(StringComparer.Ordinal)
            .OrderBy(code => "KSB".IndexOf(code[0], StringComparison.Ordinal) is var i and >= 0 ? i : 3)
            .ThenBy(code => int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(code => code, StringComparer.Ordinal)
            .Select(code => new StandardKsb(code, string.Empty))];

    private static ScriptArray Marks(KsbMapping? mapping, List<StandardKsb> ksbs)
    {
        var marks = new ScriptArray(ksbs.Count);
        foreach (var k in ksbs)
        {
            var a = mapping?.Ksbs.FirstOrDefault(x => x.Code == k.Code);
            marks.Add(a is null ? string.Empty : mapping!.Confirmed ? Confirmed : a.Score.ToString("0.00", CultureInfo.InvariantCulture));
        }

        return marks;
    }

    private static ScriptArray Ksb(IEnumerable<StandardKsb> ksbs)
    {
        var array = new ScriptArray();
        foreach (var k in ksbs)
        {
            array.Add(new ScriptObject(2) { ["code"] = k.Code, ["text"] = k.Text });
        }

        return array;
    }
}
