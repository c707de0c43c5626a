using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Text;

namespace UnitCompiler.Qualifications;

/// <summary>
/// A regulated qualification: units combined under rules of combination. Like <see cref="Model.Unit"/>
/// it is immutable and read from a spec beside the units; its units' facts come from their own specs
/// (or are declared in the qualification when a unit lives elsewhere).
/// </summary>
public sealed record Qualification(
    QualificationHeader Header,
    ImmutableArray<UnitGroup> Groups,
    CombinationRules Rules,
    ImmutableArray<UnitFacts> DeclaredUnits)
{
    /// <summary>The qualification spec format <c>fmt</c> writes, as <c>unitc: 3</c>.</summary>
    public const int FormatVersion = 3;

    /// <summary>The format that lets a qualification and its declared units be at Entry level as the register writes it (<c>level: Entry 3</c>).</summary>
    public const int EntryLevelSinceFormat = 3;

    /// <summary>
    /// The oldest format still read as it is. Format 2 only added optional keys (the register's
    /// facts, the prose, the version and its history) and format 3 a spelling of a level ("Entry 3",
    /// where formats 1 and 2 could say only 0), so <c>fmt</c> upgrades an older spec by its version
    /// line, and writes a level of 0 as "Entry".
    /// </summary>
    public const int OldestFormatVersion = 1;

    public IEnumerable<UnitReference> UnitRefs => Groups.SelectMany(g => g.Units);

    /// <summary>The register's facts beyond the header (format 2).</summary>
    public QualificationRegister Register { get; init; } = QualificationRegister.Empty;

    /// <summary>Purpose, who it is for, entry, progression and centre requirements (format 2).</summary>
    public QualificationProse Prose { get; init; } = QualificationProse.Empty;

    /// <summary>The version-change table (format 2).</summary>
    public ImmutableArray<Model.VersionEntry> History { get; init; } = [];
}

/// <summary>What the register records of a qualification and the specification shows at a glance.</summary>
public sealed record QualificationHeader(
    string Number,
    LocatedText Title,
    int? Level,
    int? TotalQualificationTime,
    int? GuidedLearningHours,
    int? Credit,
    SourceLocation? Location = null)
{
    /// <summary>The specification's version ("2.1"), when it has one (format 2).</summary>
    public string? Version { get; init; }

    /// <summary>The Entry level stage (1 to 3) when <see cref="Level"/> is 0 and the spec names one (format 3).</summary>
    public int? EntryStage { get; init; }

    /// <summary>The level as people write it: "Entry 3", "Entry", "4".</summary>
    public string? LevelName => Model.EntryLevel.Name(Level, EntryStage);
}

/// <summary>
/// A group of units: mandatory (every unit taken) or optional, with the credits or units a learner
/// must (and may at most) take from it.
/// </summary>
public sealed record UnitGroup(
    string Id,
    LocatedText Title,
    bool IsMandatory,
    int? MinCredits,
    int? MaxCredits,
    int? MinUnits,
    int? MaxUnits,
    ImmutableArray<UnitReference> Units,
    SourceLocation? Location = null);

/// <summary>A unit named in a group, where the spec names it.</summary>
public sealed record UnitReference(string Ref, SourceLocation? Location = null);

/// <summary>The rules that span groups: a minimum total credit, credits at or above a level, units barred from being taken together.</summary>
public sealed record CombinationRules(
    int? MinCredits,
    ImmutableArray<LevelRule> LevelRules,
    ImmutableArray<BarredPair> Barred)
{
    public static CombinationRules None { get; } = new(null, [], []);
}

/// <summary>"At least <paramref name="MinCredits"/> credits must come from units at level <paramref name="Level"/> or above."</summary>
public sealed record LevelRule(int Level, int MinCredits, SourceLocation? Location = null);

/// <summary>Two units a learner may not take together (their content overlaps).</summary>
public sealed record BarredPair(string First, string Second, SourceLocation? Location = null);

/// <summary>The facts of a unit that the rules of combination count.</summary>
public sealed record UnitFacts(string Ref, string Title, int Level, int Credit, int GuidedLearningHours, SourceLocation? Location = null)
{
    /// <summary>The Entry level stage (1 to 3) when <see cref="Level"/> is 0 and it is known.</summary>
    public int? EntryStage { get; init; }

    /// <summary>The level as people write it: "Entry 3", "Entry", "4".</summary>
    public string LevelName => Model.EntryLevel.Name(Level, EntryStage)!;
}
