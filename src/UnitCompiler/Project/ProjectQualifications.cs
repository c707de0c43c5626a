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

        var catalogue = Catalogue(ProjectInputs.Expand(unitSpecs).Where(f => !SamePath(f, qualificationPath)), limits, diagnostics);
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
        foreach (var (reference, unit) in Catalogue(ProjectInputs.Expand([folder]).Where(f => !known.Contains(Path.GetFullPath(f))), limits, new DiagnosticBag()))
        {
            catalogue.TryAdd(reference, unit);
        }

        return (QualificationValidator.Validate(qualification, catalogue, SourceLocation.File(path), diagnostics), catalogue);
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>
    /// The units of the project's specs by reference; a unit spec that does not load has its errors
    /// reported. Qualification specs among them are not units, and their own errors are theirs.
    /// </summary>
    internal static Dictionary<string, Unit> Catalogue(IEnumerable<string> specs, InputLimits limits, DiagnosticBag diagnostics)
    {
        var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var file in specs)
        {
            var spec = InputLoader.LoadSpec(file, limits);
            if (spec.Kind == InputKind.Qualification)
            {
                continue;
            }

            diagnostics.AddRange(spec.Diagnostics.Where(d => d.IsError));
            if (spec.Unit is { } unit)
            {
                units.TryAdd(unit.Header.Ref, unit);
            }
        }

        return units;
    }
}
