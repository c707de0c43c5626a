using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Project;
using UnitCompiler.Qualifications;
using UnitCompiler.Spec;
using UnitCompiler.Text;

namespace UnitCompiler.Tests.Qualifications;

/// <summary>The committed example qualification (spec/610-4213-7.yaml) and the unit specs beside it, read as a build reads them.</summary>
internal static class QualificationExample
{
    public const string FileName = "610-4213-7.yaml";

    public static string SpecFolder => Path.Combine(TestPaths.RepositoryRoot, "spec");

    public static string Path_ => Path.Combine(SpecFolder, FileName);

    public static string Text => File.ReadAllText(Path_);

    /// <summary>Every unit of the spec folder, whichever a changed example names.</summary>
    private static readonly Lazy<Dictionary<string, Unit>> Units = new(() =>
        ProjectInputs.Expand([SpecFolder]).Select(f => InputLoader.LoadSpec(f, InputLimits.Default).Unit).OfType<Unit>().ToDictionary(u => u.Header.Ref, StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, Unit> Catalogue => Units.Value;

    /// <summary>The example with <paramref name="find"/> replaced, read and checked: every diagnostic of reading and of the rules.</summary>
    public static ImmutableArray<Diagnostic> Check(string find, string replace)
    {
        Assert.Contains(find, Text);
        return Check(Text.Replace(find, replace));
    }

    public static ImmutableArray<Diagnostic> Check(string text)
    {
        var (qualification, read) = QualificationReader.Read(new SourceText(FileName, text));
        var bag = new DiagnosticBag();
        bag.AddRange(read);
        if (qualification is not null)
        {
            QualificationValidator.Validate(qualification, Catalogue, SourceLocation.File(FileName), bag);
        }

        return bag.ToImmutable();
    }

    /// <summary>The line (0-based, as locations count) of the first line of the example holding <paramref name="text"/>.</summary>
    public static int LineOf(string text) => Array.FindIndex(Text.Split('\n'), l => l.Contains(text, StringComparison.Ordinal));
}
