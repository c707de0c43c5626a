using System.Text;
using System.Text.Json;
using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint.Output;

/// <summary>
/// The formats editors and CI read: MSBuild canonical text, JSON, SARIF 2.1.0 for code scanning,
/// and GitHub workflow annotations. Lines and columns are printed 1-based; paths as given.
/// Findings are written as they arrive and handed to the output a file at a time (<see cref="Flush"/>),
/// so a lint of ten thousand units holds one file's findings, not the whole report.
/// </summary>
public abstract class LintReportWriter : IDisposable
{
    private readonly TextWriter _output;
    private bool _completed;

    private protected LintReportWriter(TextWriter output) => _output = output;

    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "sarif", "github"];

    /// <summary>A writer for <paramref name="format"/> (one of <see cref="Formats"/>; anything else is text).</summary>
    public static LintReportWriter Create(string format, TextWriter output) => format switch
    {
        "json" => new JsonReport(output),
        "sarif" => new SarifReport(output),
        "github" => new GitHubReport(output),
        _ => new TextReport(output),
    };

    /// <summary>The whole report as one string: for tests and callers that hold the findings anyway.</summary>
    public static string Write(string format, IEnumerable<LintFinding> findings)
    {
        using var text = new StringWriter { NewLine = "\n" };
        using (var report = Create(format, text))
        {
            foreach (var finding in findings)
            {
                report.Add(finding);
            }

            report.Complete();
        }

        return text.ToString();
    }

    public static string Text(IEnumerable<LintFinding> findings) => Write("text", findings);

    public static string Json(IEnumerable<LintFinding> findings) => Write("json", findings);

    public static string Sarif(IEnumerable<LintFinding> findings) => Write("sarif", findings);

    public static string GitHub(IEnumerable<LintFinding> findings) => Write("github", findings);

    public abstract void Add(LintFinding finding);

    /// <summary>Hands what was written so far to the output, in one write.</summary>
    public abstract void Flush();

    /// <summary>Closes the report (the JSON array, the SARIF run) and flushes it.</summary>
    public void Complete()
    {
        if (!_completed)
        {
            _completed = true;
            End();
            Flush();
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private protected abstract void End();

    private protected void Emit(string text)
    {
        if (text.Length > 0)
        {
            _output.Write(text);
        }
    }

    /// <summary>The line-per-finding formats: each finding is a line in a buffer flushed per file.</summary>
    private abstract class LineReport(TextWriter output) : LintReportWriter(output)
    {
        private readonly StringBuilder _buffer = new();

        public override void Add(LintFinding finding) => Append(_buffer, finding).Append('\n');

        public override void Flush()
        {
            Emit(_buffer.ToString());
            _buffer.Clear();
        }

        private protected abstract StringBuilder Append(StringBuilder sb, LintFinding finding);

        private protected override void End()
        {
        }
    }

    private sealed class TextReport(TextWriter output) : LineReport(output)
    {
        private protected override StringBuilder Append(StringBuilder sb, LintFinding finding) => sb.Append(finding.Diagnostic.ToString());
    }

    private sealed class GitHubReport(TextWriter output) : LineReport(output)
    {
        private protected override StringBuilder Append(StringBuilder sb, LintFinding finding)
        {
            var l = finding.Diagnostic.Location;
            var level = finding.Diagnostic.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "notice" };
            sb.Append("::").Append(level).Append(" file=").Append(Property(l.Path));
            if (l.HasLine)
            {
                sb.Append(",line=").Append(l.Line + 1).Append(",col=").Append(l.Column + 1);
                if (l.HasSpan)
                {
                    sb.Append(",endLine=").Append(l.EndLine + 1).Append(",endColumn=").Append(l.EndColumn + 1);
                }
            }

            return sb.Append(",title=").Append(Property(finding.Diagnostic.Id)).Append("::").Append(Message(finding.Diagnostic.Message));
        }

        private static string Message(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        private static string Property(string s) => Message(s).Replace(":", "%3A").Replace(",", "%2C");
    }

    /// <summary>The JSON formats: a Utf8JsonWriter over a buffer that is drained to the output per file.</summary>
    private abstract class JsonLikeReport : LintReportWriter
    {
        private readonly MemoryStream _buffer = new();

        private protected JsonLikeReport(TextWriter output)
            : base(output)
        {
            Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true });
        }

        private protected Utf8JsonWriter Writer { get; }

        public override void Flush()
        {
            Writer.Flush();
            Emit(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }

        private protected override void End() => Emit("\n");

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Writer.Dispose();
                _buffer.Dispose();
            }
        }
    }

    private sealed class JsonReport : JsonLikeReport
    {
        public JsonReport(TextWriter output)
            : base(output) => Writer.WriteStartArray();

        public override void Add(LintFinding finding)
        {
            var w = Writer;
            var l = finding.Diagnostic.Location;
            w.WriteStartObject();
            w.WriteString("rule", finding.Diagnostic.Id);
            w.WriteString("severity", Diagnostic.SeverityWord(finding.Diagnostic.Severity));
            w.WriteString("message", finding.Diagnostic.Message);
            w.WriteString("file", l.Path);
            w.WriteNumber("line", l.Line + 1);
            w.WriteNumber("column", l.Column + 1);
            w.WriteNumber("end_line", (l.HasSpan ? l.EndLine : l.Line) + 1);
            w.WriteNumber("end_column", (l.HasSpan ? l.EndColumn : l.Column) + 1);
            if (finding.CriterionId is null)
            {
                w.WriteNull("criterion");
            }
            else
            {
                w.WriteString("criterion", finding.CriterionId);
            }

            if (finding.Fix is { } fix)
            {
                // The code action an editor offers: replace the finding's span with this text.
                w.WriteStartObject("fix");
                w.WriteString("replacement", fix.Replacement);
                w.WriteString("original", fix.Original);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        private protected override void End()
        {
            Writer.WriteEndArray();
            Flush();
            base.End();
        }
    }

    private sealed class SarifReport : JsonLikeReport
    {
        public SarifReport(TextWriter output)
            : base(output) => SarifWriter.WriteStart(Writer);

        public override void Add(LintFinding finding) => SarifWriter.WriteResult(Writer, finding);

        private protected override void End()
        {
            SarifWriter.WriteEnd(Writer);
            Flush();
            base.End();
        }
    }
}
