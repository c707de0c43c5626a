using System.Diagnostics;
using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Spec;

namespace Unitc.Semantic;

/// <summary>
/// The two commands that align, as <c>unitc</c> runs them (same inputs, same project settings, same
/// spec written), with <see cref="AlignerSettings.Semantic"/> and MiniLM instead of the lexical
/// aligner. Exit codes as unitc's: 0 done, 1 errors in the inputs, 2 usage or configuration.
/// </summary>
public static class SemanticCli
{
    private const string Usage = """
        usage: unitc-semantic align [SPEC|DIR...] [--config FILE]
               unitc-semantic import UNIT.txt --guidance SYNOPSIS.txt [--output FILE | -] [--config FILE]
        Aligns guidance items to criteria with a sentence model (MiniLM) blended with lexical scores;
        writes the same spec unitc writes, scores calibrated to the same print confidence.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i] switch { "-g" => "--guidance", "-o" => "--output", var a => a };
            if (name is "--guidance" or "--output" or "--config")
            {
                if (i + 1 >= args.Length)
                {
                    error.WriteLine($"{name} needs a value\n{Usage}");
                    return 2;
                }

                options[name] = args[++i];
            }
            else if (name.StartsWith("--", StringComparison.Ordinal) || name is "-h")
            {
                error.WriteLine(name is "--help" or "-h" ? Usage : $"unknown option {name}\n{Usage}");
                return name is "--help" or "-h" ? 0 : 2;
            }
            else
            {
                positional.Add(name);
            }
        }

        var diagnostics = new DiagnosticBag();
        var project = UnitcProject.Open(Directory.GetCurrentDirectory(), options.GetValueOrDefault("--config"), diagnostics);
        if (project is null)
        {
            Report(diagnostics, error);
            return 2;
        }

        int exit;
        switch (positional.FirstOrDefault())
        {
            case "align":
                exit = Align(project.Settings(new CommandLineOverrides([.. positional.Skip(1)])), diagnostics, error);
                break;
            case "import" when positional.Count == 2 && options.TryGetValue("--guidance", out var synopsis):
                exit = Import(positional[1], synopsis, options.GetValueOrDefault("--output"), project.Settings(CommandLineOverrides.None), diagnostics, output, error);
                break;
            default:
                error.WriteLine(Usage);
                return 2;
        }

        Report(diagnostics, error);
        return exit;
    }

    private static int Align(ProjectSettings settings, DiagnosticBag diagnostics, TextWriter error)
    {
        using var model = Load(error);
        foreach (var file in settings.Files())
        {
            var spec = InputLoader.LoadSpec(file, settings.Limits);
            diagnostics.AddRange(spec.Diagnostics);
            if (spec is { Unit: { } unit, Source: { } source })
            {
                var yaml = SpecWriter.Write(GuidanceAligner.Align(unit, AlignerSettings.Semantic, model));
                if (!string.Equals(yaml, source.Text, StringComparison.Ordinal) && ProjectWriter.TryWriteText(file, yaml, diagnostics))
                {
                    error.WriteLine($"aligned {file}");
                }
            }
        }

        return diagnostics.HasErrors ? 1 : 0;
    }

    private static int Import(string path, string synopsis, string? target, ProjectSettings settings, DiagnosticBag diagnostics, TextWriter output, TextWriter error)
    {
        var export = InputLoader.LoadExport(path, settings.Limits);
        diagnostics.AddRange(export.Diagnostics);
        if (export.Unit is not { } unit || InputLoader.AddGuidance(unit, synopsis, diagnostics, settings.Limits) is not { } withGuidance || diagnostics.HasErrors)
        {
            return 1;
        }

        using var model = Load(error);
        var yaml = SpecWriter.Write(GuidanceAligner.Align(withGuidance, AlignerSettings.Semantic, model));
        if (target == "-")
        {
            output.Write(yaml);
            return 0;
        }

        target ??= SpecFiles.DefaultPath(withGuidance, settings.SpecFolder);
        if (!ProjectWriter.TryWriteText(target, yaml, diagnostics))
        {
            return 1;
        }

        error.WriteLine($"wrote {target}");
        return 0;
    }

    private static MiniLmEmbedder Load(TextWriter error)
    {
        var watch = Stopwatch.StartNew();
        var model = new MiniLmEmbedder();
        error.WriteLine($"loaded MiniLM in {watch.Elapsed.TotalSeconds:0.0} s");
        return model;
    }

    private static void Report(DiagnosticBag diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics.ToImmutable())
        {
            error.WriteLine(d.ToString());
        }
    }
}
