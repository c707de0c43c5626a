namespace UnitCompiler.Project;

/// <summary>What <c>unitc build</c> was asked to do.</summary>
public sealed record BuildOptions(
    IReadOnlyList<string> Specs,
    string OutputFolder,
    string? TemplatesFolder,
    IReadOnlyCollection<string> Formats,
    bool Check,
    int Jobs)
{
    public static IReadOnlyCollection<string> DefaultFormats { get; } = ["html", "md", "csv"];

    /// <summary>What one spec may cost to read.</summary>
    public IO.InputLimits Limits { get; init; } = IO.InputLimits.Default;

    /// <summary>The least alignment score at which documents print a guidance item under a criterion (<c>build.print_confidence</c>).</summary>
    public double PrintConfidence { get; init; } = Guidance.GuidanceAligner.PrintConfidence;

    /// <summary><c>build.confirmed_only</c>: documents print only the alignments a writer confirmed.</summary>
    public bool ConfirmedOnly { get; init; }

    /// <summary>The browser that prints PDFs; null finds one (<see cref="Pdf.Browser.Find"/>).</summary>
    public string? Browser { get; init; }

    /// <summary>
    /// How many specs the build takes at a time (<see cref="BuildManifest"/>: the record is merged a
    /// window at a time); 0 chooses. Small in tests, so that a few specs make many windows.
    /// </summary>
    internal int Window { get; init; }
}
