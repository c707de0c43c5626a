using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>The assessment requirements, verbatim, and the outcomes they name as skill based.</summary>
public sealed record AssessmentRequirements(ImmutableArray<LocatedText> Text, ImmutableArray<string> SkillOutcomes)
{
    public static AssessmentRequirements Empty { get; } = new([], []);
}
