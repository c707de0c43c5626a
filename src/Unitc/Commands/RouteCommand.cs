using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using UnitCompiler.Project;

namespace Unitc.Commands;

/// <summary><c>unitc route QUALIFICATION.yaml UNIT... [--json] [--config unitc.yaml]</c></summary>
internal static class RouteCommand
{
    public static Command Create()
    {
        var qualification = new Argument<string>("qualification") { Description = "The qualification spec." };
        var units = new Argument<string[]>("units") { Description = "The unit references the learner has chosen (L/652/0848 ...).", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (valid, credits, glh, failures with the units that would fix each)." };
        var format = Reporter.FormatOption();
        var config = CommandProject.ConfigOption();
        var command = new Command("route", "Check a learner's choice of units against a qualification's rules of combination.") { qualification, units, json, format, config };
        command.SetAction((parse, _) =>
        {
            using var reporter = Reporter.Create(parse.GetValue(format)!, parse.InvocationConfiguration, outputTaken: parse.GetValue(json));
            var exit = Run(parse.GetValue(qualification)!, parse.GetValue(units) ?? [], parse.GetValue(json), parse.GetValue(config), reporter, parse.InvocationConfiguration);
            reporter.Complete();
            return Task.FromResult(exit);
        });
        return command;
    }

    private static int Run(string qualificationPath, string[] units, bool json, string? configPath, Reporter reporter, InvocationConfiguration io)
    {
        if (CommandProject.Open(reporter, configPath) is not { } project)
        {
            return ExitCodes.Configuration;
        }

        var settings = project.Settings(new CommandLineOverrides([]));
        var answer = ProjectQualifications.Route(qualificationPath, units, settings.Inputs, settings.Limits);
        reporter.Report(answer.Diagnostics);
        if (answer.HasErrors)
        {
            return ExitCodes.Failure;
        }

        if (json)
        {
            WriteJson(answer, io.Output);
        }
        else
        {
            var header = answer.Qualification!.Header;
            var totals = $"{answer.Credits.ToString(CultureInfo.InvariantCulture)} credits, {answer.GuidedLearningHours.ToString(CultureInfo.InvariantCulture)} GLH";
            io.Output.WriteLine(answer.IsValidRoute
                ? $"{header.Number} {header.Title.Value}: the choice meets every rule of combination ({totals})."
                : $"{header.Number} {header.Title.Value}: the choice ({totals}) does not meet the rules of combination:");
            foreach (var failure in answer.Failures)
            {
                io.Output.WriteLine($"- {failure.Message}");
            }
        }

        return answer.IsValidRoute ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteJson(RouteAnswer answer, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("qualification", answer.Qualification!.Header.Number);
            w.WriteBoolean("valid", answer.IsValidRoute);
            w.WriteNumber("credits", answer.Credits);
            w.WriteNumber("glh", answer.GuidedLearningHours);
            w.WriteStartArray("failures");
            foreach (var failure in answer.Failures)
            {
                w.WriteStartObject();
                w.WriteString("rule", failure.Rule.ToString());
                w.WriteString("message", failure.Message);
                w.WriteStartArray("fixes");
                foreach (var unit in failure.Fixes)
                {
                    w.WriteStartObject();
                    w.WriteString("ref", unit.Ref);
                    w.WriteString("title", unit.Title);
                    w.WriteNumber("credit", unit.Credit);
                    w.WriteNumber("level", unit.Level);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
