using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;
using UnitCompiler.Model;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Project;

/// <summary>A learner's choice checked against a qualification: what it adds up to, and every rule it breaks.</summary>
public sealed record RouteAnswer(
    Qualification? Qualification,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<RouteFailure> Failures,
    int Credits,
    int GuidedLearningHours)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public bool IsValidRoute => !HasErrors && Failures.IsEmpty;
}

/// <summary>
/// Qualifications in a project: the qualification spec read, its units' facts taken from the unit
/// specs of the project (or declared in the qualification), its rules checked, and a choice of units
/// checked against them.
/// </summary>
public static class ProjectQualifications
{
    public static RouteAnswer Route(string qualificationPath, IReadOnlyList<string> choice, IEnumerable<string> unitSpecs, InputLimits limits)
    {
        var diagnostics = new DiagnosticBag();
        var (_, qualification, read) = InputLoader.LoadQualification(qualificationPath, limits);
        diagnostics.AddRange(read);
        if (qualification is null)
        {
            return new RouteAnswer(null, diagnostics.ToImmutable(), [], 0, 0);
        }

        var catalogue = Catalogue(qualification, ProjectInputs.Expand(unitSpecs).Where(f => !SamePath(f, qualificationPath)), limits, diagnostics);
        var check = QualificationValidator.Validate(qualification, catalogue, SourceLocation.File(qualificationPath), diagnostics);
        if (diagnostics.HasErrors || check.Problem is not { } problem)
        {
            return new RouteAnswer(qualification, diagnostics.ToImmutable(), [], 0, 0);
        }

        var chosen = choice.Where(check.Facts.ContainsKey).Select(r => check.Facts[r]).DistinctBy(u => u.Ref, StringComparer.Ordinal).ToList();
        return new RouteAnswer(qualification, diagnostics.ToImmutable(), RouteChecker.Check(problem, choice), chosen.Sum(u => u.Credit), chosen.Sum(u => u.GuidedLearningHours));
    }

    /// <summary>
    /// A qualification checked for export: its rules (errors reported), and its units by reference:
    /// those of the specs the export has already loaded (<paramref name="loaded"/>, read from
    /// <paramref name="loadedFiles"/>), and of any other spec in the qualification's own folder, read
    /// here. The units' own errors are theirs, reported where they are exported or built.
    /// </summary>
    public static (QualificationCheck Check, IReadOnlyDictionary<string, Unit> Units) Checked(
        Qualification qualification, string path, IReadOnlyDictionary<string, Unit> loaded, IReadOnlyCollection<string> loadedFiles, InputLimits limits, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var known = loadedFiles.Select(Path.GetFullPath).Append(Path.GetFullPath(path)).ToHashSet(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var catalogue = new Dictionary<string, Unit>(loaded, StringComparer.Ordinal);
        foreach (var (reference, unit) in Catalogue(qualification, ProjectInputs.Expand([folder]).Where(f => !known.Contains(Path.GetFullPath(f))), limits, new DiagnosticBag()))
        {
            catalogue.TryAdd(reference, unit);
        }

        return (QualificationValidator.Validate(qualification, catalogue, SourceLocation.File(path), diagnostics), catalogue);
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// The units a qualification names, by reference, from the project's specs; a unit spec that
    /// could be one of them and does not load has its errors reported. Qualification specs among them
    /// are not units, and their own errors are theirs. Only the units named are kept, and only a spec
    /// whose text holds one of their references is parsed (or one with a backslash, which in YAML may
    /// spell a reference's characters another way): a project of ten thousand units with one
    /// qualification held every unit's model in memory and parsed every spec twice.
    /// </summary>
    internal static Dictionary<string, Unit> Catalogue(Qualification qualification, IEnumerable<string> specs, InputLimits limits, DiagnosticBag diagnostics)
    {
        var named = qualification.UnitRefs.Select(u => u.Ref).ToHashSet(StringComparer.Ordinal);
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        if (named.Count == 0)
        {
            return units;
        }

        var references = System.Buffers.SearchValues.Create([.. named], StringComparison.Ordinal);
        foreach (var file in specs)
        {
            if (!MayName(file, references, limits))
            {
                continue;
            }

            var spec = InputLoader.LoadSpec(file, limits);
            if (spec.Kind == InputKind.Qualification)
            {
                continue;
            }

            diagnostics.AddRange(spec.Diagnostics.Where(d => d.IsError));
            if (spec.Unit is { } unit && named.Contains(unit.Header.Ref))
            {
                units.TryAdd(unit.Header.Ref, unit);
            }
        }

        return units;
    }

    /// <summary>Whether the file's text could hold one of the references: it does, or it has a backslash; or it is too large or cannot be read here (the load says why).</summary>
    private static bool MayName(string file, System.Buffers.SearchValues<string> references, InputLimits limits)
    {
        try
        {
            if (new FileInfo(file).Length > limits.MaxInputBytes)
            {
                return true;
            }

            var text = File.ReadAllText(file);
            return text.Contains('\\', StringComparison.Ordinal) || text.AsSpan().IndexOfAny(references) >= 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }
}
