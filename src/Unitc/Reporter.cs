using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Output;

namespace Unitc;

/// <summary>
/// The one place commands report diagnostics, in the format asked for (<c>--report</c>, the same
/// option on every command). Text is the MSBuild canonical form (editors and CI problem matchers
/// read it) on standard error, with a count (lint's findings, its result, go to standard output); json, sarif and github go to standard output, unless a
/// command writes its result there (<c>import --output -</c>), when they go to standard error.
/// </summary>
internal sealed class Reporter : IDisposable
{
    private readonly LintReportWriter? _machine;
    private readonly TextWriter _text;
    private readonly TextWriter _problems;
    private readonly bool _summary;
    private int _errors;
    private int _warnings;

    private Reporter(string format, TextWriter text, TextWriter problems, TextWriter machine, bool summary)
    {
        _text = text;
        _problems = problems;
        _summary = summary;
        _machine = format == "text" ? null : LintReportWriter.Create(format, machine);
    }

    public bool HasErrors => _errors > 0;

    /// <summary>
    /// The <c>--report</c> option every command takes. Lint also answers to <c>--format</c>, its name
    /// before every command reported alike; build's <c>--format</c> names the documents it builds.
    /// </summary>
    public static Option<string> FormatOption(params string[] aliases)
    {
        var format = new Option<string>("--report", aliases) { Description = "How problems are reported: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. LintReportWriter.Formats]);
        return format;
    }

    /// <param name="format">text, json, sarif or github.</param>
    /// <param name="io">Where the command writes.</param>
    /// <param name="outputTaken">True when the command writes its result to standard output.</param>
    public static Reporter Create(string format, InvocationConfiguration io, bool outputTaken = false) =>
        new(format, io.Error, io.Error, outputTaken ? io.Error : io.Output, summary: true);

    /// <summary>
    /// Lint's findings are its result: in text they go to standard output, a line per finding, no
    /// count; a problem that kept lint from running (its config) still goes to standard error.
    /// </summary>
    public static Reporter ForLint(string format, InvocationConfiguration io) => new(format, io.Output, io.Error, io.Output, summary: false);

    /// <summary>Problems of the command's run (its config, its inputs, its writes), sorted by file and position.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics) =>
        Report(DiagnosticBag.Sort(diagnostics).Select(d => new LintFinding(d, null)), _problems);

    /// <summary>Lint findings as they come, a file at a time, in the order given.</summary>
    public void Report(IEnumerable<LintFinding> findings) => Report(findings, _text);

    private void Report(IEnumerable<LintFinding> findings, TextWriter text)
    {
        foreach (var finding in findings.Where(f => f.Diagnostic.Severity >= DiagnosticSeverity.Info))
        {
            _errors += finding.Diagnostic.IsError ? 1 : 0;
            _warnings += finding.Diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            if (_machine is null)
            {
                text.WriteLine(finding.Diagnostic.ToString());
            }
            else
            {
                _machine.Add(finding);
            }
        }

        _machine?.Flush();
    }

    /// <summary>Closes the report (a JSON array, a SARIF run) and, in text, prints the count.</summary>
    public void Complete()
    {
        _machine?.Complete();
        if (_machine is null && _summary && (_errors > 0 || _warnings > 0))
        {
            _text.WriteLine($"{_errors} error(s), {_warnings} warning(s)");
        }
    }

    public void Dispose() => _machine?.Dispose();
}
