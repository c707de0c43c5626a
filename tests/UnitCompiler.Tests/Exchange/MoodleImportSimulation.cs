using System.Globalization;
using System.Text.Json.Nodes;
using UnitCompiler.Exchange.Moodle;
using UnitCompiler.Render.Xlsx;

namespace UnitCompiler.Tests.Exchange;

/// <summary>
/// What Moodle's "Import competency framework" does with a CSV, step by step as its source does it
/// (admin/tool/lpimportcsv/classes/framework_importer.php, read for this port; no Moodle code is
/// copied here): the constructor reads the columns by position and keys competencies by id number
/// (a later row with the same id number replaces the earlier); add_children hangs rows under the
/// framework from parent id number '' down, comparing with PHP's ==; create_competency skips a row
/// with no id number or shortname and everything under it; get_scale_configuration puts the scale's
/// id into the first element of the configuration JSON; competency_framework::validate_scaleconfiguration
/// wants that first element's scaleid to be the framework's scale and a default and a proficient
/// value among the rest; validate_taxonomies wants every term from Moodle's list. What a run returns
/// is what Moodle would have created, so a test can compare it with what was meant.
/// </summary>
internal static class MoodleImportSimulation
{
    public sealed record Created(string IdNumber, string ParentIdNumber, string Shortname);

    public sealed record Result(string? FrameworkIdNumber, List<Created> Competencies, List<string> Refusals);

    public static Result Import(string csv)
    {
        var table = CsvReader.Read(csv);
        var refusals = new List<string>();
        string[]? framework = null;
        var flat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in table.Skip(1)) // the header row names the columns; they are read by position
        {
            string Col(int i) => i < row.Length ? row[i] : string.Empty;
            if (Col(12).Length > 0 && Col(12) != "0")
            {
                framework = row;
            }
            else
            {
                if (!flat.ContainsKey(Col(1)))
                {
                    order.Add(Col(1));
                }

                flat[Col(1)] = row;
            }
        }

        if (framework is null)
        {
            refusals.Add("no framework row: invalidimportfile");
            return new Result(null, [], refusals);
        }

        // import(): the framework's scale is found or made (its id, say 7), and put into the configuration.
        var configuration = JsonNode.Parse(framework[6]) as JsonArray;
        if (configuration is null || configuration.Count == 0 || configuration[0] is not JsonObject first)
        {
            refusals.Add("scale configuration is not a JSON array of objects");
        }
        else
        {
            first["scaleid"] = 7;
            var rest = configuration.Skip(1).OfType<JsonObject>().ToList();
            if (!rest.Any(c => Truthy(c["scaledefault"])) || !rest.Any(c => Truthy(c["proficient"])))
            {
                refusals.Add("errorscaleconfiguration: no default or no proficient value");
            }

            var values = framework[5].Split(',').Select(v => v.Trim()).ToList();
            foreach (var c in rest.Where(c => c["id"] is null || c["id"]!.GetValue<int>() < 1 || c["id"]!.GetValue<int>() > values.Count))
            {
                refusals.Add($"scale configuration names value {c["id"]}, which the scale does not have");
            }
        }

        foreach (var term in framework[13].Split(',').Where(t => t.Length > 0 && !MoodleRules.TaxonomyTerms.Contains(t)))
        {
            refusals.Add("invalidtaxonomy: " + term);
        }

        var created = new List<Created>();
        AddChildren(string.Empty, flat, order, created, new HashSet<string>(StringComparer.Ordinal));
        return new Result(framework[1], created, refusals);
    }

    private static bool Truthy(JsonNode? node) => node is not null && node.ToString() is var s && s.Length > 0 && s != "0" && s != "false";

    // add_children, then create_competency: depth first from the framework, skipping (with its subtree) a row without id number or shortname.
    private static void AddChildren(string parent, Dictionary<string, string[]> flat, List<string> order, List<Created> created, HashSet<string> seen)
    {
        foreach (var id in order)
        {
            var row = flat[id];
            if (!PhpEquals(row[0], parent) || !seen.Add(id))
            {
                continue;
            }

            if (row[1].Length == 0 || row[2].Length == 0)
            {
                continue;
            }

            created.Add(new Created(row[1], parent, row[2]));
            AddChildren(row[1], flat, order, created, seen);
        }
    }

    /// <summary>PHP 8's == on two strings: as numbers when both are numeric strings, else byte for byte.</summary>
    public static bool PhpEquals(string a, string b) =>
        MoodleRules.IsPhpNumeric(a) && MoodleRules.IsPhpNumeric(b)
            ? double.Parse(a.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) == double.Parse(b.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : string.Equals(a, b, StringComparison.Ordinal);
}
