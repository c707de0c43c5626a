using System.Text;
using System.Text.Json;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Output;

/// <summary>
/// The formats editors and CI read: MSBuild canonical text, JSON, SARIF 2.1.0 for code scanning,
/// and GitHub workflow annotations. Lines and columns are printed 1-based; paths as given.
/// </summary>
public static class LintReportWriter
{
    public static string Write(string format, IReadOnlyList<LintFinding> findings) => format switch
    {
        "json" => Json(findings),
        "sarif" => Sarif(findings),
        "github" => GitHub(findings),
        _ => Text(findings),
    };

    public static string Text(IReadOnlyList<LintFinding> findings)
    {
        var sb = new StringBuilder();
        foreach (var f in findings)
        {
            sb.Append(f.Diagnostic.ToString()).Append('\n');
        }

        return sb.ToString();
    }

    public static string Json(IReadOnlyList<LintFinding> findings)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var f in findings)
            {
                var l = f.Diagnostic.Location;
                w.WriteStartObject();
                w.WriteString("rule", f.Diagnostic.Id);
                w.WriteString("severity", Diagnostic.SeverityWord(f.Diagnostic.Severity));
                w.WriteString("message", f.Diagnostic.Message);
                w.WriteString("file", l.Path);
                w.WriteNumber("line", l.Line + 1);
                w.WriteNumber("column", l.Column + 1);
                w.WriteNumber("end_line", (l.HasSpan ? l.EndLine : l.Line) + 1);
                w.WriteNumber("end_column", (l.HasSpan ? l.EndColumn : l.Column) + 1);
                if (f.CriterionId is null)
                {
                    w.WriteNull("criterion");
                }
                else
                {
                    w.WriteString("criterion", f.CriterionId);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string GitHub(IReadOnlyList<LintFinding> findings)
    {
        var sb = new StringBuilder();
        foreach (var f in findings)
        {
            var l = f.Diagnostic.Location;
            var level = f.Diagnostic.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "notice" };
            sb.Append("::").Append(level).Append(" file=").Append(Property(l.Path));
            if (l.HasLine)
            {
                sb.Append(",line=").Append(l.Line + 1).Append(",col=").Append(l.Column + 1);
                if (l.HasSpan)
                {
                    sb.Append(",endLine=").Append(l.EndLine + 1).Append(",endColumn=").Append(l.EndColumn + 1);
                }
            }

            sb.Append(",title=").Append(Property(f.Diagnostic.Id)).Append("::").Append(Message(f.Diagnostic.Message)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Message(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Message(s).Replace(":", "%3A").Replace(",", "%2C");

    public static string Sarif(IReadOnlyList<LintFinding> findings) => SarifWriter.Write(findings);
}
