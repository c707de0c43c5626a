using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>The unit's metadata. <see cref="Other"/> keeps labels this version does not know, so nothing is lost.</summary>
public sealed record UnitHeader(
    string Ref,
    LocatedText Title,
    int? Level,
    int? Credit,
    int? GuidedLearningHours,
    ImmutableArray<MetadataField> Other,
    SourceLocation? Location = null)
{
    /// <summary>The unit's version as its awarding body numbers it ("4.1"), when it has one (format 2).</summary>
    public string? Version { get; init; }

    /// <summary>The stage of Entry level (1 to 3) when <see cref="Level"/> is Entry level (0) and the unit names one (format 4).</summary>
    public int? EntryStage { get; init; }

    /// <summary>The level as people write it: "Entry 3", "Entry", "2"; null when the unit states none.</summary>
    public string? LevelName => EntryLevel.Name(Level, EntryStage);

    /// <summary>The reference as a file or folder name: <c>L/652/0848</c> becomes <c>L-652-0848</c>.</summary>
    public string FileStem => UnitRef.ToFileStem(Ref);
}
