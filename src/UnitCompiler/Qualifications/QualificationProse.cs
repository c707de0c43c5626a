using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Qualifications;

/// <summary>
/// The paragraphs of a specification a centre reads before the structure (format 2): what the
/// qualification is for and who it is for, who may enter it and where it leads, and what a centre
/// needs to offer it (its assessors and internal quality assurers). Each paragraph is Markdown.
/// </summary>
public sealed record QualificationProse(
    ImmutableArray<LocatedText> Purpose,
    ImmutableArray<LocatedText> WhoFor,
    ImmutableArray<LocatedText> EntryRequirements,
    ImmutableArray<LocatedText> Progression,
    ImmutableArray<LocatedText> Assessors,
    ImmutableArray<LocatedText> QualityAssurance)
{
    public static QualificationProse Empty { get; } = new([], [], [], [], [], []);

    /// <summary>Every paragraph, in the order the spec writes them (what lint reads).</summary>
    public IEnumerable<LocatedText> All => Purpose.Concat(WhoFor).Concat(EntryRequirements).Concat(Progression).Concat(Assessors).Concat(QualityAssurance);
}
