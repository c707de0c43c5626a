using System.Collections.Immutable;
using UnitCompiler.Changes;
using UnitCompiler.Diagnostics;
using UnitCompiler.IO;

namespace UnitCompiler.Project;

/// <summary>
/// Lint's history check (UNITC1060): the project's specs compared with a git revision, and every unit
/// with a material change but no history row the revision lacks named at its spec.
/// </summary>
public static class ProjectHistoryCheck
{
    public static ImmutableArray<Diagnostic> Check(string revision, string folder, IReadOnlyList<string> specs, InputLimits limits, DiffSettings settings)
    {
        var answer = ProjectDiff.Run([revision], folder, specs, limits, settings);
        if (answer.HasErrors || answer.Before is not { } before || answer.After is not { } after)
        {
            return answer.Diagnostics;
        }

        var diagnostics = new DiagnosticBag();
        foreach (var reference in HistoryDrafter.MissingEntries(answer.Changes, before.Catalogue, after.Catalogue))
        {
            var material = answer.Changes.Changes.Where(c => c.Class == ChangeClass.Material && c.Owner == reference).ToList();
            var unit = after.Catalogue.Units.First(u => u.Header.Ref == reference);
            var location = unit.Header.Location ?? SourceLocation.File(after.UnitFiles[reference]);
            var first = material.Count == 1 ? material[0].Summary : $"{material[0].Summary}, ...";
            diagnostics.Add(DiagnosticCatalog.LintMaterialChangeWithoutHistory, location, reference, material.Count, revision, first);
        }

        return diagnostics.ToImmutable();
    }
}
