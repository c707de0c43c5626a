using System.Collections.Immutable;

namespace UnitCompiler.Qualifications;

/// <summary>One set of units a learner could take, with what it adds up to.</summary>
public sealed record Route(ImmutableArray<string> Units, int Credits, int GuidedLearningHours)
{
    public override string ToString() => $"{string.Join(", ", Units)} ({Credits} credits, {GuidedLearningHours} GLH)";
}
