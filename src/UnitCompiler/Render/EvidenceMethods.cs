using UnitCompiler.Model;

namespace UnitCompiler.Render;

/// <summary>
/// The evidence methods assessors use, and which are required or suggested for an outcome's kind.
/// Skill outcomes must be observed at work (the assessment requirements say so); knowledge may be
/// evidenced away from it.
/// </summary>
public static class EvidenceMethods
{
    public sealed record Method(string Name, bool Required);

    public static IReadOnlyList<Method> For(OutcomeKind kind) => kind == OutcomeKind.Skill
        ? [new("Direct observation", true), new("Professional discussion", false), new("Witness testimony", false), new("Product evidence", false)]
        : [new("Reflective account", false), new("Questioning", false), new("Professional discussion", false)];
}
