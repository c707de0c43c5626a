namespace UnitCompiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    // unit test: SpecReaderTests.YamlSyntaxErrorHasLineAndColumn
    public static readonly DiagnosticDescriptor YamlSyntax = Define(
        "UNITC0220", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "YAML syntax error", "{0}",
        "The spec is not well-formed YAML. The position given is where the YAML reader gave up; the mistake is often just before it.");

    // unit test: SpecReaderTests.UnknownKeyIsAnError
    public static readonly DiagnosticDescriptor UnknownKey = Define(
        "UNITC0221", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Unknown key", "unknown key '{0}' in {1}{2}",
        "Spec keys are fixed so that templates and scripts can rely on them; a misspelt key would otherwise be silently ignored. See 'unitc schema'.");

    // unit test: SpecReaderTests.MissingKeyIsAnError
    public static readonly DiagnosticDescriptor MissingKey = Define(
        "UNITC0222", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Missing key", "{0} needs a '{1}' key",
        "See 'unitc schema' for the keys each part of a spec must have.");

    // unit test: SpecReaderTests.WrongTypeIsAnError
    public static readonly DiagnosticDescriptor WrongType = Define(
        "UNITC0223", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Wrong type", "'{0}' must be {1}",
        "See 'unitc schema' for the type of each key.");

    // unit test: SpecReaderTests.UnsupportedVersion
    public static readonly DiagnosticDescriptor UnsupportedVersion = Define(
        "UNITC0224", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Unsupported spec version", "this spec is format version {0}; this unitc reads versions up to {1}",
        "The 'unitc:' key at the top of a spec says which format it is written in. Upgrade unitc to read newer specs.");

    // unit test: SpecReaderTests.AliasBombIsRefused
    public static readonly DiagnosticDescriptor YamlTooLarge = Define(
        "UNITC0225", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "YAML expands too far", "the YAML expands to more than {0:N0} nodes (anchors and aliases count each time they are used)",
        "A spec is a few thousand nodes. Aliases that expand without bound are refused before they exhaust memory.");

    // unit test: SpecReaderTests.DeepNestingIsRefused
    public static readonly DiagnosticDescriptor YamlTooDeep = Define(
        "UNITC0226", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "YAML nested too deeply", "the YAML is nested more than {0} levels deep",
        "A spec is nested at most six levels. Deeper nesting means the file is damaged or hostile.");

    // unit test: SpecReaderTests.TermsOutOfStepWarn
    public static readonly DiagnosticDescriptor TermsOutOfStep = Define(
        "UNITC0227", DiagnosticStage.Spec, DiagnosticSeverity.Warning,
        "Key terms out of step with the text", "'terms' of criterion {0} does not match the bold terms of its text ({1}); run 'unitc fmt' to refresh it",
        "A criterion's terms are derived from the bold spans of its text and sub-items. Edit the text; 'unitc fmt' rewrites the list.");

    // unit test: CliProcessTests.FmtCheckNamesFilesThatAreNotCanonicalAndWritesNothing
    public static readonly DiagnosticDescriptor NotCanonical = Define(
        "UNITC0228", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Spec not in canonical form", "the spec is not in canonical form; run 'unitc fmt' on it",
        "Canonical form keeps diffs small and reviews honest. 'unitc fmt FILE' rewrites the file; 'unitc fmt --check' only reports.");

    // unit test: SpecReaderTests.MalformedIdIsAnError
    public static readonly DiagnosticDescriptor MalformedId = Define(
        "UNITC0229", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Malformed id", "'{0}' is not a well-formed {1}: expected {2}",
        "Outcome, criterion and sub-item ids follow the numbering of the unit (2, 2.3, a) so that each criterion can be placed under its outcome and checked for sequence. See 'unitc schema'.");

    // unit test: SpecFormatVersionTests.Format2KeysInAFormat1SpecAreErrorsAtTheirLines
    public static readonly DiagnosticDescriptor KeyNeedsNewerFormat = Define(
        "UNITC0230", DiagnosticStage.Spec, DiagnosticSeverity.Error,
        "Key from a newer spec format", "'{0}' is part of spec format {1}, but this spec says 'unitc: {2}'; run 'unitc fmt' to upgrade it",
        "A spec declares its format on its first line. Keys added by a later format are read only in specs of that format, so an older unitc never half-reads a newer spec. 'unitc fmt' rewrites the version line without changing anything else.");
}
