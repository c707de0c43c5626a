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

    /// <summary>The methods of one kind, and their names joined as a mapping grid lists them ("a; b").</summary>
    public sealed record Set(IReadOnlyList<Method> Methods)
    {
        public string Required { get; } = Join(Methods, required: true);

        public string Suggested { get; } = Join(Methods, required: false);

        private static string Join(IReadOnlyList<Method> methods, bool required) =>
            string.Join("; ", methods.Where(m => m.Required == required).Select(m => m.Name));
    }

    // One set per kind, made once: every criterion of a catalogue asks for its kind's.
    private static readonly Set Skill = new([new("Direct observation", true), new("Professional discussion", false), new("Witness testimony", false), new("Product evidence", false)]);
    private static readonly Set Knowledge = new([new("Reflective account", false), new("Questioning", false), new("Professional discussion", false)]);

    public static Set For(OutcomeKind kind) => kind == OutcomeKind.Skill ? Skill : Knowledge;
}
