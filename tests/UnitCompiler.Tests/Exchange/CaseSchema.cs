using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace UnitCompiler.Tests.Exchange;

/// <summary>
/// The official CASE 1.1 CFPackage schema (vendored in TestFiles/schemas with its notice), and the
/// checks it leaves to us: its identifier pattern is unanchored, and consumers (OpenSALT) complain
/// of a uri equal to the identifier or an item without a statement.
/// </summary>
internal static partial class CaseSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(TestPaths.TestFile("schemas", "case-v1p1-cfpackage.json"))));

    /// <summary>Every problem of the package: the schema's errors, then the whole-string checks.</summary>
    public static List<string> Problems(byte[] package)
    {
        using var document = JsonDocument.Parse(package);
        var problems = new List<string>();
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!result.IsValid)
        {
            foreach (var detail in result.Details ?? [])
            {
                foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
                {
                    problems.Add($"{detail.InstanceLocation}: {keyword}: {message}");
                }
            }

            if (problems.Count == 0)
            {
                problems.Add("invalid, no detail");
            }
        }

        Walk(document.RootElement, "", problems);
        return problems;
    }

    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("identifier", out var id) && !path.EndsWith("NodeURI", StringComparison.Ordinal))
            {
                var value = id.GetString() ?? string.Empty;
                if (!WholeUuid().IsMatch(value))
                {
                    problems.Add($"{path}: identifier '{value}' is not a lowercase UUID with variant 8-b");
                }

                if (element.TryGetProperty("uri", out var uri) && uri.GetString() == value)
                {
                    problems.Add($"{path}: uri equals identifier");
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, path + "/" + property.Name, problems);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, $"{path}/{i++}", problems);
            }
        }
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex WholeUuid();
}
