using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Changes;

/// <summary>The history entries drafted for one unit, and the version they make.</summary>
public sealed record HistoryDraft(string Ref, string Version, ImmutableArray<VersionEntry> Entries);
