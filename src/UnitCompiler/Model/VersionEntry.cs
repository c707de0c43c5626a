using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>
/// One row of the version-change table centres read in a specification: the version it made, when,
/// what changed and in which section ("2.3", "Rules of combination"). Dates are calendar dates, so
/// documents built from the same spec are the same bytes on any machine and day.
/// </summary>
public sealed record VersionEntry(
    string Version,
    DateOnly? Date,
    LocatedText Change,
    string? Section,
    SourceLocation? Location = null);
