using UnitCompiler.Diagnostics;

namespace UnitCompiler.Lint;

/// <summary>One wording rule: its descriptor (stable id, default severity, help with examples) and its check.</summary>
public interface ILintRule
{
    DiagnosticDescriptor Descriptor { get; }

    void Check(LintContext context);
}
