using System.CommandLine;
using UnitCompiler.Diagnostics;
using UnitCompiler.Lint;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc lint [SPEC|UNIT.txt|DIR...] [--report text|json|sarif|github] [--config unitc.yaml] [--warnings-as-errors] [--explain ID] [--fix [--dry-run]]</c></summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Specs, unit exports (.txt) or folders (default: spec/, or build.specs in unitc.yaml).", Arity = ArgumentArity.ZeroOrMore };
        var format = Reporter.FormatOption("--format");
        var config = CommandProject.ConfigOption();
        var strict = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };
        var explain = new Option<string?>("--explain") { Description = "Print what a rule checks, why, and a bad and a good example." };
        var fix = new Option<bool>("--fix") { Description = "Apply the mechanical fixes (US spellings, compounds, key terms) to specs in place; report what is left." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the fixes as a unified diff instead of writing them." };
        var since = new Option<string?>("--since") { Description = "Warn (UNITC1060) for each unit with a material change since this git revision and no new history entry (default: diff.base in unitc.yaml)." };
        var command = new Command("lint", "Check the wording of outcomes and criteria.") { paths, format, config, strict, explain, fix, dryRun, since };
        command.SetAction((parse, _) =>
        {
            if (parse.GetValue(explain) is { } id)
            {
                return Task.FromResult(Explain(id, parse.InvocationConfiguration));
            }

            using var reporter = Reporter.ForLint(parse.GetValue(format)!, parse.InvocationConfiguration);
            var exit = Run(parse.GetValue(paths) ?? [], parse.GetValue(config), parse.GetValue(strict), (parse.GetValue(fix), parse.GetValue(dryRun)), parse.GetValue(since), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string[] paths, string? configPath, bool strict, (bool Apply, bool DryRun) fix, string? since, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides(paths));
        var failing = false;
        foreach (var linted in ProjectLint.LintFiles(settings.Inputs, settings.Lint, settings.Limits))
        {
            var findings = fix.Apply ? Fix(linted, settings, fix.DryRun, reporter, io) : linted;
            reporter.Report(findings);
            failing |= findings.Any(f => f.Diagnostic.IsError || (strict && f.Diagnostic.Severity == DiagnosticSeverity.Warning));
        }

        if ((since ?? project.Config.Diff.Base) is { } revision)
        {
            var history = ProjectHistoryCheck.Check(revision, Directory.GetCurrentDirectory(), settings.Inputs, settings.Limits, project.Config.Diff)
                .Select(d => settings.Lint.Severities.TryGetValue(d.Id, out var severity) ? severity is { } s ? d.WithSeverity(s) : null : d)
                .OfType<Diagnostic>()
                .Select(d => new LintFinding(d, null))
                .ToList();
            reporter.Report(history);
            failing |= history.Any(f => f.Diagnostic.IsError || (strict && f.Diagnostic.Severity == DiagnosticSeverity.Warning));
        }

        return failing ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>
    /// Applies one spec's fixes (or prints them as a diff) and returns the findings left to report.
    /// A file's findings come together, so its fixes are made in one write.
    /// </summary>
    private static IReadOnlyList<LintFinding> Fix(IReadOnlyList<LintFinding> findings, ProjectSettings settings, bool dryRun, Reporter reporter, InvocationConfiguration io)
    {
        var path = findings.FirstOrDefault(f => f.Fix is not null)?.Diagnostic.Location.Path;
        if (path is null || InputLoader.KindOf(path) != InputKind.Spec)
        {
            return findings; // exports are read, never written: import them, then fix the spec
        }

        var spec = InputLoader.LoadSpec(path, settings.Limits);
        if (spec.Source is not { } source)
        {
            reporter.Report(spec.Diagnostics);
            return findings;
        }

        var (text, applied, left) = LintFixer.FixSpec(path, source.Text, settings.Lint);
        if (dryRun)
        {
            io.Output.Write(LintFixer.Diff(path, source.Text, text));
            return findings;
        }

        var diagnostics = new DiagnosticBag();
        if (applied > 0 && !ProjectWriter.TryWriteText(path, text, diagnostics))
        {
            reporter.Report(diagnostics.ToImmutable());
            return findings;
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
