using UnitCompiler.Diagnostics;

namespace UnitCompiler.Qualifications;

// The register's facts (format 2): dates in order, and GLH figures that agree with the routes.
public static partial class QualificationValidator
{
    private static void CheckDates(Qualification qualification, SourceLocation at, DiagnosticBag diagnostics)
    {
        var r = qualification.Register;
        SourceLocation Where(string key) => r.Locations.TryGetValue(key, out var l) ? l : at;
        if (r.OperationalStart is { } start)
        {
            foreach (var (key, date) in new[] { ("operational_end", r.OperationalEnd), ("review_date", r.ReviewDate) })
            {
                if (date is { } d && d < start)
                {
                    diagnostics.Add(DiagnosticCatalog.DatesOutOfOrder, Where(key), key, Iso(d), "operational_start", Iso(start));
                }
            }
        }

        var dated = qualification.History.Where(h => h.Date is not null).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            if (dated[i].Date < dated[i - 1].Date)
            {
                diagnostics.Add(DiagnosticCatalog.DatesOutOfOrder, dated[i].Location ?? at, $"version {dated[i].Version}", Iso(dated[i].Date!.Value), $"version {dated[i - 1].Version}", Iso(dated[i - 1].Date!.Value));
            }
        }
    }

    private static void CheckRouteHours(Qualification qualification, int lowest, SourceLocation at, DiagnosticBag diagnostics)
    {
        var r = qualification.Register;
        SourceLocation Where(string key) => r.Locations.TryGetValue(key, out var l) ? l : at;
        if (r.MinGuidedLearningHours is { } min && min != lowest)
        {
            diagnostics.Add(DiagnosticCatalog.MinGlhNotLowestRoute, Where("min_glh"), min, lowest);
        }

        if (r.MaxGuidedLearningHours is { } max && max < lowest)
        {
            diagnostics.Add(DiagnosticCatalog.MaxGlhBelowMin, Where("max_glh"), max, lowest);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
