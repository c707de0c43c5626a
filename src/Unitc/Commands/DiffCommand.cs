using System.CommandLine;
using System.Globalization;
using UnitCompiler.Changes;
using UnitCompiler.Changes.Output;
using UnitCompiler.Diagnostics;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc diff [OLD [NEW] | A..B] [--format text|markdown|json] [--exit-code] [--history | --write-history]</c></summary>
internal static class DiffCommand
{
    private static readonly string[] Formats = ["text", "markdown", "json"];

    public static Command Create()
    {
        var sides = new Argument<string[]>("sides")
        {
            Description = "What to compare: OLD NEW (spec files, folders or git revisions), REV (a revision with the working tree), A..B (two revisions); none: HEAD with the working tree.",
            Arity = new ArgumentArity(0, 2),
        };
        var output = new Option<string>("--format") { Description = "How the changes are printed: text, markdown (a pull-request comment) or json (docs/diff.schema.json).", DefaultValueFactory = _ => "text" };
        output.AcceptOnlyFromAmong(Formats);
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when a change is material, as git diff --exit-code does." };
        var history = new Option<bool>("--history") { Description = "Print drafted history entries for the changes instead of the changes." };
        var writeHistory = new Option<bool>("--write-history") { Description = "Write the drafted history entries (and the new unit.version) into the working tree's specs." };
        var date = new Option<string?>("--date") { Description = "The date of drafted history entries, YYYY-MM-DD (default: today, UTC)." };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("diff", "Show what changed between two versions of the specs, each change material or editorial.") { sides, output, exitCode, history, writeHistory, date, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration, outputTaken: true);
            var options = new Options(parse.GetValue(output)!, parse.GetValue(exitCode), parse.GetValue(history), parse.GetValue(writeHistory), parse.GetValue(date));
            var exit = Run(parse.GetValue(sides) ?? [], options, parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private sealed record Options(string Format, bool ExitCode, bool History, bool WriteHistory, string? Date);

    private static int Run(string[] sides, Options options, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var date = DateOnly.FromDateTime(DateTime.UtcNow);
        if (options.Date is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            io.Error.WriteLine($"unitc: --date '{given}' is not a date of the form YYYY-MM-DD.");
            return ExitCodes.Usage;
        }

        var settings = project.Settings(CommandLineOverrides.None);
        var answer = ProjectDiff.Run(sides, Directory.GetCurrentDirectory(), settings.Inputs, settings.Limits, project.Config.Diff);
        reporter.Report(answer.Diagnostics);
        if (answer.HasErrors)
        {
            return ExitCodes.Failure;
        }

        if (options.History || options.WriteHistory)
        {
            var drafts = HistoryDrafter.Draft(answer.Changes, answer.Before!.Catalogue, answer.After!.Catalogue, date);
            if (options.WriteHistory && !answer.AfterIsWorkingTree)
            {
                io.Error.WriteLine("unitc: --write-history writes into the specs of the working tree, and the newer side here is a git revision; use --history to print the rows.");
                return ExitCodes.Usage;
            }

            if (options.WriteHistory)
            {
                var diagnostics = new DiagnosticBag();
                foreach (var file in ProjectHistory.Write(answer, drafts, diagnostics))
                {
                    io.Error.WriteLine($"history drafted in {file}");
                }

                reporter.Report(diagnostics.ToImmutable());
                if (diagnostics.HasErrors)
                {
                    return ExitCodes.Failure;
                }
            }
            else
            {
                io.Output.Write(HistoryDraftWriter.Write(drafts));
            }
        }
        else
        {
            io.Output.Write(options.Format switch
            {
                "json" => ChangeJsonWriter.Write(answer.Changes),
                "markdown" => ChangeMarkdownWriter.Write(answer.Changes),
                _ => ChangeTextWriter.Write(answer.Changes),
            });
        }

        return options.ExitCode && answer.Changes.HasMaterial ? ExitCodes.Failure : ExitCodes.Success;
    }
}
