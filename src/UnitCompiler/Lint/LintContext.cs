using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Lint;

/// <summary>
/// What a rule sees and where its findings go. Findings are located at the offending words (in the
/// unit text or the YAML, whichever the unit was read from); the configured severity and the
/// criterion's suppressions are applied here, once, for every rule.
/// </summary>
public sealed class LintContext(Unit unit, LintConfig config, string path)
{
    private readonly List<LintFinding> _findings = [];
    private List<LintText>? _texts;

    public Unit Unit { get; } = unit;

    public LintConfig Config { get; } = config;

    public IReadOnlyList<LintFinding> Findings => _findings;

    public KeyTermResolver Terms { get; } = new(unit);

    /// <summary>Every text of the unit (<see cref="LintText.All"/>), listed once for all the rules that read them all.</summary>
    public IReadOnlyList<LintText> Texts => _texts ??= [.. LintText.All(Unit)];

    public void Report(DiagnosticDescriptor rule, LocatedText text, int start, int length, string? criterionId, params object?[] args) =>
        Report(rule, text, start, length, criterionId, null, false, args);

    /// <summary>
    /// Reports a finding whose fix is mechanical: the words at the span become
    /// <paramref name="replacement"/>. The fix is kept only where those words were read verbatim
    /// from one run of the file, so an edit at its offsets changes exactly them.
    /// </summary>
    public void ReportWithFix(DiagnosticDescriptor rule, LocatedText text, int start, int length, string? criterionId, string replacement, bool isKeyTerm, params object?[] args) =>
        Report(rule, text, start, length, criterionId, replacement, isKeyTerm, args);

    private void Report(DiagnosticDescriptor rule, LocatedText text, int start, int length, string? criterionId, string? replacement, bool isKeyTerm, object?[] args)
    {
        var severity = Config.Severities.TryGetValue(rule.Id, out var configured) ? configured : rule.DefaultSeverity;
        if (severity is null)
        {
            return; // off
        }

        if (criterionId is not null && Unit.FindCriterion(criterionId) is { } c && c.Suppressions.Any(s => string.Equals(s.Rule, rule.Id, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var location = text.Origin.Locate(start, length) ?? SourceLocation.File(path);
        var fix = replacement is null ? null : LintFix.At(text, start, length, replacement, isKeyTerm, location);
        _findings.Add(new LintFinding(rule.Create(location, args).WithSeverity(severity.Value), criterionId, fix));
    }
}

/// <summary>A lint diagnostic, the criterion it concerns, if any, and its mechanical fix, if it has one.</summary>
public sealed record LintFinding(Diagnostic Diagnostic, string? CriterionId, LintFix? Fix = null);
