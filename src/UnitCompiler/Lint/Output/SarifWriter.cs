using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Output;

/// <summary>
/// SARIF 2.1.0: one run whose driver lists every rule (so dashboards can explain them), and one
/// result per finding with a physical location and a fingerprint that survives unrelated edits
/// (rule, file, criterion and message, not the line), so code scanning does not duplicate alerts.
/// Written in three parts (start, each result, end) so a report can stream.
/// </summary>
internal static class SarifWriter
{
    private static readonly List<DiagnosticDescriptor> Rules = [.. Linter.Rules.Select(r => r.Descriptor)];

    /// <summary>Everything before the first result: the run and its driver's rules.</summary>
    public static void WriteStart(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "unitc");
        w.WriteString("informationUri", "https://github.com/unitc/unitc");
        w.WriteStartArray("rules");
        foreach (var r in Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("name", string.Concat(r.Title.Split(' ').Select(p => p.Length > 0 ? char.ToUpperInvariant(p[0]) + p[1..] : p)));
            w.WriteStartObject("shortDescription");
            w.WriteString("text", r.Title);
            w.WriteEndObject();
            w.WriteStartObject("fullDescription");
            w.WriteString("text", r.Help.Split('\n')[0]);
            w.WriteEndObject();
            w.WriteStartObject("help");
            w.WriteString("text", r.Help);
            w.WriteEndObject();
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", Level(r.DefaultSeverity));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
    }

    public static void WriteResult(Utf8JsonWriter w, LintFinding f)
    {
        var d = f.Diagnostic;
        w.WriteStartObject();
        w.WriteString("ruleId", d.Id);
        var index = Rules.FindIndex(r => r.Id == d.Id);
        if (index >= 0)
        {
            w.WriteNumber("ruleIndex", index);
        }

        w.WriteString("level", Level(d.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", d.Message);
        w.WriteEndObject();
        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", d.Location.Path.Replace('\\', '/'));
        w.WriteEndObject();
        if (d.Location.HasLine)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", d.Location.Line + 1);
            w.WriteNumber("startColumn", d.Location.Column + 1);
            if (d.Location.HasSpan)
            {
                w.WriteNumber("endLine", d.Location.EndLine + 1);
                w.WriteNumber("endColumn", d.Location.EndColumn + 1);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        if (f.Fix is { } fix && fix.Location.HasSpan)
        {
            WriteFix(w, fix);
        }

        w.WriteStartObject("partialFingerprints");
        w.WriteString("unitcFinding/v1", Fingerprint(f));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>SARIF 2.1.0 <c>fixes</c>: one artifact change replacing the finding's region (§3.55, §3.57).</summary>
    private static void WriteFix(Utf8JsonWriter w, LintFix fix)
    {
        w.WriteStartArray("fixes");
        w.WriteStartObject();
        w.WriteStartObject("description");
        w.WriteString("text", $"Replace '{fix.Original}' with '{fix.Replacement}'");
        w.WriteEndObject();
        w.WriteStartArray("artifactChanges");
        w.WriteStartObject();
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", fix.Location.Path.Replace('\\', '/'));
        w.WriteEndObject();
        w.WriteStartArray("replacements");
        w.WriteStartObject();
        w.WriteStartObject("deletedRegion");
        w.WriteNumber("startLine", fix.Location.Line + 1);
        w.WriteNumber("startColumn", fix.Location.Column + 1);
        w.WriteNumber("endLine", fix.Location.EndLine + 1);
        w.WriteNumber("endColumn", fix.Location.EndColumn + 1);
        w.WriteEndObject();
        w.WriteStartObject("insertedContent");
        w.WriteString("text", fix.Replacement);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    public static void WriteEnd(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string Fingerprint(LintFinding f) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{f.Diagnostic.Id}\n{f.Diagnostic.Location.Path}\n{f.CriterionId}\n{f.Diagnostic.Message}")))[..32];
}
