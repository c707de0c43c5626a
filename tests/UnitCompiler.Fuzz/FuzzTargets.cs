using UnitCompiler.Diagnostics;
using UnitCompiler.Guidance;
using UnitCompiler.Import;
using UnitCompiler.Lint;
using UnitCompiler.IO;
using UnitCompiler.Spec;
using UnitCompiler.Tests.Yaml;
using UnitCompiler.Yaml;

namespace UnitCompiler.Fuzz;

/// <summary>
/// The code paths users feed arbitrary bytes into. Each target runs what the CLI runs for one input;
/// diagnostics are the right answer to bad bytes, so only an escaping exception (or a hang) is a finding.
/// </summary>
public static class FuzzTargets
{
    public const string Unit = "unit";
    public const string Guidance = "guidance";
    public const string Spec = "spec";

    public static IReadOnlyList<string> Names { get; } = [Unit, Guidance, Spec];

    private static readonly Lazy<Model.Unit> GuidanceHost = new(LoadHostUnit);

    public static Action<byte[]>? Find(string name) => name switch
    {
        Unit => ImportUnit,
        Guidance => ImportGuidance,
        Spec => LoadSpec,
        _ => null,
    };

    /// <summary>`unitc import UNIT.txt --verify`: decode, parse, validate, check no word was lost, write the spec.</summary>
    public static void ImportUnit(byte[] bytes)
    {
        var result = UnitImporter.Import("fuzz.txt", bytes);
        if (result.Unit is { } unit)
        {
            // The CLI's --verify reads the file again with File.ReadAllText; a StreamReader decodes the same way.
            using var reader = new StreamReader(new MemoryStream(bytes));
            LosslessCheck.MissingWords(reader.ReadToEnd(), unit);
            SpecWriter.Write(unit);
        }
    }

    /// <summary>`unitc import UNIT.txt --guidance SYNOPSIS.txt` with the seed unit: parse, align, write.</summary>
    public static void ImportGuidance(byte[] bytes)
    {
        var unit = GuidanceImporter.Add(GuidanceHost.Value, "fuzz.txt", bytes, new DiagnosticBag());
        if (unit is not null)
        {
            SpecWriter.Write(unit);
        }
    }

    /// <summary>
    /// `unitc lint` and `unitc fmt` on one spec: YAML bytes to a checked unit, its findings, its
    /// canonical text. First, the canonical YAML reader must give YamlDotNet's tree exactly or give
    /// up: a tree that differs is a finding.
    /// </summary>
    public static void LoadSpec(byte[] bytes)
    {
        if (InputFile.DecodeText("fuzz.yaml", bytes, InputLimits.Default, new DiagnosticBag()) is { } source
            && CanonicalYamlReader.TryRead(source, InputLimits.Default) is { } fast)
        {
            var reference = YamlTreeReader.ReadWithYamlDotNet(source, InputLimits.Default, new DiagnosticBag());
            if (reference is null || YamlTrees.Difference(reference, fast) is not null)
            {
                throw new InvalidOperationException($"the canonical YAML reader differs from YamlDotNet: {(reference is null ? "YamlDotNet refuses the text" : YamlTrees.Difference(reference, fast))}");
            }
        }

        var result = SpecReader.Read("fuzz.yaml", bytes);
        if (result.Unit is { } unit)
        {
            // lint runs the rules on whatever unit was read, errors or not; fmt writes only a clean one.
            Linter.Lint(unit, LintConfig.Default, "fuzz.yaml");
            if (!result.HasErrors)
            {
                SpecWriter.Write(unit);
            }
        }
    }

    private static Model.Unit LoadHostUnit()
    {
        using var stream = typeof(FuzzTargets).Assembly.GetManifestResourceStream("unit.txt")
            ?? throw new InvalidOperationException("the embedded seed unit is missing");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return UnitImporter.Import("unit.txt", memory.ToArray()).Unit
            ?? throw new InvalidOperationException("the embedded seed unit does not import");
    }
}
