using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Lint;
using UnitCompiler.Lint.Output;
using UnitCompiler.Spec;

namespace Unitc.Commands;

/// <summary><c>unitc lint [SPEC|UNIT.txt|DIR...] [--format text|json|sarif|github] [--config unitc.yaml] [--warnings-as-errors] [--explain ID] [--fix [--dry-run]]</c></summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Specs, unit exports (.txt) or folders (default: spec/).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. LintReportWriter.Formats]);
        var config = new Option<string?>("--config") { Description = "The config file (default: unitc.yaml in the current folder)." };
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };
        var explain = new Option<string?>("--explain") { Description = "Print what a rule checks, why, and a bad and a good example." };
        var fix = new Option<bool>("--fix") { Description = "Apply the mechanical fixes (US spellings, compounds, key terms) to specs in place; report what is left." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the fixes as a unified diff instead of writing them." };
        var command = new Command("lint", "Check the wording of outcomes and criteria.") { paths, format, config, strict, explain, fix, dryRun };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(paths) ?? [], parse.GetValue(format)!, parse.GetValue(config), parse.GetValue(strict), parse.GetValue(explain), (parse.GetValue(fix), parse.GetValue(dryRun)), parse.InvocationConfiguration)));
        return command;
    }

    private static int Run(string[] paths, string format, string? configPath, bool strict, string? explain, (bool Apply, bool DryRun) fix, InvocationConfiguration io)
    {
        if (explain is not null)
        {
            return Explain(explain, io);
        }

        var diagnostics = new DiagnosticBag();
        var config = LintConfigReader.Read(configPath ?? LintConfigReader.DefaultPath(Directory.GetCurrentDirectory()), diagnostics);
        if (configPath is not null && !File.Exists(configPath))
        {
            diagnostics.Add(DiagnosticCatalog.FileNotFound, SourceLocation.File(configPath));
        }

        if (diagnostics.HasErrors)
        {
            Reporter.Print(io.Error, diagnostics.ToImmutable());
            return ExitCodes.Usage;
        }

        if (ProjectSettings.Load(io, configPath) is not { } project)
        {
            return ExitCodes.Usage;
        }

        var failing = false;
        using var report = LintReportWriter.Create(format, io.Output);
        foreach (var linted in LintRunner.LintFiles(paths.Length == 0 ? [SpecFiles.DefaultFolder] : paths, config, project.Limits))
        {
            var findings = fix.Apply ? Fix(linted, config, fix.DryRun, project.Limits, io) : linted;
            foreach (var finding in findings)
            {
                report.Add(finding);
                failing |= finding.Diagnostic.IsError || (strict && finding.Diagnostic.Severity == DiagnosticSeverity.Warning);
            }

            report.Flush();
        }

        report.Complete();
        return failing ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>
    /// Applies one spec's fixes (or prints them as a diff) and returns the findings left to report.
    /// A file's findings come together, so its fixes are made in one write.
    /// </summary>
    private static IReadOnlyList<LintFinding> Fix(IReadOnlyList<LintFinding> findings, LintConfig config, bool dryRun, UnitCompiler.IO.InputLimits limits, InvocationConfiguration io)
    {
        var path = findings.FirstOrDefault(f => f.Fix is not null)?.Diagnostic.Location.Path;
        if (path is null || !(path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)))
        {
            return findings; // exports are read, never written: import them, then fix the spec
        }

        var diagnostics = new DiagnosticBag();
        if (UnitCompiler.IO.InputFile.ReadText(path, limits, diagnostics) is not { } source)
        {
            Reporter.Print(io.Error, diagnostics.ToImmutable());
            return findings;
        }

        var (text, applied, left) = LintFixer.FixSpec(path, source.Text, config);
        if (dryRun)
        {
            io.Output.Write(LintFixer.Diff(path, source.Text, text));
            return findings;
        }

        if (applied > 0)
        {
            UnitCompiler.IO.AtomicFile.WriteText(path, text);
        }

        return left;
    }

    private static int Explain(string id, InvocationConfiguration io)
    {
        if (DiagnosticCatalog.Find(id) is not { } d)
        {
            io.Error.WriteLine($"unitc: no rule or diagnostic has the id '{id}'. See docs/diagnostics.md.");
            return ExitCodes.Usage;
        }

        io.Output.WriteLine($"{d.Id}: {d.Title} ({Diagnostic.SeverityWord(d.DefaultSeverity)} by default)");
        io.Output.WriteLine();
        io.Output.WriteLine(d.Help);
        return ExitCodes.Success;
    }
}
