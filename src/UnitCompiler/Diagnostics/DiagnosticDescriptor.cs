namespace UnitCompiler.Diagnostics;

/// <summary>
/// What a kind of problem is, apart from any one occurrence of it: a stable id that is never
/// reused or renamed (suppressions and CI filters depend on it), a title, a message format with
/// <see cref="string.Format(string, object?[])"/> holes, a default severity and a longer help text.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    DiagnosticSeverity DefaultSeverity,
    DiagnosticStage Stage,
    string Help)
{
    public Diagnostic Create(SourceLocation location, params object?[] args) =>
        new(this, DefaultSeverity, location, args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args));
}

/// <summary>The stage that reports a descriptor; each owns a reserved range of ids.</summary>
public enum DiagnosticStage
{
    /// <summary>UNITC0001-0099: files, encodings, limits, usage.</summary>
    Input,
    /// <summary>UNITC0100-0199: reading a unit export.</summary>
    Import,
    /// <summary>UNITC0200-0299: loading and checking a YAML spec.</summary>
    Spec,
    /// <summary>UNITC0300-0399: rendering documents.</summary>
    Render,
    /// <summary>UNITC0400-0499: study guidance and alignment.</summary>
    Guidance,
    /// <summary>UNITC0500-0599: qualifications and their rules of combination.</summary>
    Qualification,
    /// <summary>UNITC0600-0699: change review between versions (diff, history).</summary>
    Change,
    /// <summary>UNITC0700-0799: exchange with other systems (CASE, Moodle, apprenticeship standards).</summary>
    Exchange,
    /// <summary>UNITC1000-1999: wording rules.</summary>
    Lint,
}
