using System.Collections.Immutable;
using UnitCompiler.Qualifications;

namespace UnitCompiler.Changes;

/// <summary>
/// The changes between two versions of qualifications, paired by number: the register facts,
/// groups (their credit and unit bounds, the units in them), and the rules of combination. Every
/// one of these changes what a learner may take, so all are material by default.
/// </summary>
public static class QualificationDiffer
{
    public static ImmutableArray<Change> Diff(Qualification before, Qualification after, DiffSettings? settings = null)
    {
        var changes = new List<Change>();
        Diff(before, after, new ChangeSink(settings ?? DiffSettings.Default, ChangeScope.Qualification, after.Header.Number, changes));
        return [.. changes];
    }

    internal static void Diff(ImmutableArray<Qualification> before, ImmutableArray<Qualification> after, DiffSettings settings, List<Change> changes)
    {
        var old = before.GroupBy(q => q.Header.Number, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var now in after)
        {
            if (!seen.Add(now.Header.Number))
            {
                continue;
            }

            var sink = new ChangeSink(settings, ChangeScope.Qualification, now.Header.Number, changes);
            if (old.TryGetValue(now.Header.Number, out var was))
            {
                Diff(was, now, sink);
            }
            else
            {
                sink.Add(ChangeKind.QualificationAdded, null, $"Qualification {now.Header.Number} {now.Header.Title.Value} added", null, now.Header.Title.Value);
            }
        }

        foreach (var was in old.Values.Where(q => !seen.Contains(q.Header.Number)))
        {
            new ChangeSink(settings, ChangeScope.Qualification, was.Header.Number, changes)
                .Add(ChangeKind.QualificationRemoved, null, $"Qualification {was.Header.Number} {was.Header.Title.Value} removed", was.Header.Title.Value);
        }
    }

    private static void Diff(Qualification before, Qualification after, ChangeSink sink)
    {
        if (!string.Equals(before.Header.Title.Value, after.Header.Title.Value, StringComparison.Ordinal))
        {
            sink.Reworded(ChangeKind.QualificationMetadataChanged, "title", "Title reworded", before.Header.Title.Value, after.Header.Title.Value);
        }

        if (before.Header.Level != after.Header.Level || before.Header.EntryStage != after.Header.EntryStage)
        {
            // Entry 2 to Entry 3 is a change of level, as a unit's is (UnitDiffer).
            var (from, to) = (before.Header.LevelName ?? "none", after.Header.LevelName ?? "none");
            sink.Add(ChangeKind.QualificationMetadataChanged, "level", $"Level changed from {from} to {to}", from, to);
        }
        sink.Number(ChangeKind.QualificationMetadataChanged, "tqt", "Total qualification time", before.Header.TotalQualificationTime, after.Header.TotalQualificationTime);
        sink.Number(ChangeKind.QualificationMetadataChanged, "glh", "Guided learning hours", before.Header.GuidedLearningHours, after.Header.GuidedLearningHours);
        sink.Number(ChangeKind.QualificationMetadataChanged, "credit", "Credit value", before.Header.Credit, after.Header.Credit);
        Groups(before.Groups, after.Groups, sink);
        Rules(before.Rules, after.Rules, sink);
    }

    private static void Groups(ImmutableArray<UnitGroup> before, ImmutableArray<UnitGroup> after, ChangeSink sink)
    {
        var old = before.GroupBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.GroupBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var group in after.Where(g => !old.ContainsKey(g.Id)))
        {
            sink.Add(ChangeKind.GroupAdded, group.Id, $"Group {group.Id} ({group.Title.Value}) added with {Units(group.Units.Length)}", null, Bounds(group));
        }

        foreach (var group in before.Where(g => !now.ContainsKey(g.Id)))
        {
            sink.Add(ChangeKind.GroupRemoved, group.Id, $"Group {group.Id} ({group.Title.Value}) removed", Bounds(group), null);
        }

        foreach (var group in after.Where(g => old.ContainsKey(g.Id)))
        {
            var was = old[group.Id];
            if (!string.Equals(was.Title.Value, group.Title.Value, StringComparison.Ordinal))
            {
                sink.Reworded(ChangeKind.GroupChanged, group.Id, $"Group {group.Id} title reworded", was.Title.Value, group.Title.Value);
            }

            if (Bounds(was) != Bounds(group))
            {
                sink.Add(ChangeKind.GroupChanged, group.Id, $"Group {group.Id}: {Bounds(was)} is now {Bounds(group)}", Bounds(was), Bounds(group));
            }

            var wasUnits = was.Units.Select(u => u.Ref).ToHashSet(StringComparer.Ordinal);
            var units = group.Units.Select(u => u.Ref).ToHashSet(StringComparer.Ordinal);
            foreach (var unit in group.Units.Where(u => !wasUnits.Contains(u.Ref)))
            {
                sink.Add(ChangeKind.GroupUnitAdded, group.Id, $"Unit {unit.Ref} added to group {group.Id}", null, unit.Ref);
            }

            foreach (var unit in was.Units.Where(u => !units.Contains(u.Ref)))
            {
                sink.Add(ChangeKind.GroupUnitRemoved, group.Id, $"Unit {unit.Ref} deleted from group {group.Id}", unit.Ref, null);
            }
        }
    }

    private static void Rules(CombinationRules before, CombinationRules after, ChangeSink sink)
    {
        if (before.MinCredits != after.MinCredits)
        {
            sink.Add(ChangeKind.RuleChanged, "min_credits", $"Minimum credits changed from {ChangeSink.Show(before.MinCredits)} to {ChangeSink.Show(after.MinCredits)}", ChangeSink.Show(before.MinCredits), ChangeSink.Show(after.MinCredits));
        }

        var old = before.LevelRules.ToDictionary(r => r.Level, r => r.MinCredits);
        var now = after.LevelRules.ToDictionary(r => r.Level, r => r.MinCredits);
        foreach (var level in old.Keys.Union(now.Keys).Order())
        {
            int? was = old.TryGetValue(level, out var w) ? w : null;
            int? @is = now.TryGetValue(level, out var n) ? n : null;
            if (was != @is)
            {
                sink.Add(ChangeKind.RuleChanged, $"level {level}", $"Credits at level {level} or above changed from {ChangeSink.Show(was)} to {ChangeSink.Show(@is)}", ChangeSink.Show(was), ChangeSink.Show(@is));
            }
        }

        var oldPairs = before.Barred.Select(Key).ToHashSet(StringComparer.Ordinal);
        var newPairs = after.Barred.Select(Key).ToHashSet(StringComparer.Ordinal);
        foreach (var pair in after.Barred.Where(p => !oldPairs.Contains(Key(p))))
        {
            sink.Add(ChangeKind.BarredPairAdded, Key(pair), $"Units {pair.First} and {pair.Second} may no longer be taken together", null, Key(pair));
        }

        foreach (var pair in before.Barred.Where(p => !newPairs.Contains(Key(p))))
        {
            sink.Add(ChangeKind.BarredPairRemoved, Key(pair), $"Units {pair.First} and {pair.Second} may now be taken together", Key(pair), null);
        }
    }

    // A barred pair is the same whichever unit it names first.
    private static string Key(BarredPair pair) =>
        string.CompareOrdinal(pair.First, pair.Second) <= 0 ? $"{pair.First} + {pair.Second}" : $"{pair.Second} + {pair.First}";

    private static string Bounds(UnitGroup g) =>
        $"{(g.IsMandatory ? "mandatory" : "optional")}, credits {ChangeSink.Show(g.MinCredits)}-{ChangeSink.Show(g.MaxCredits)}, units {ChangeSink.Show(g.MinUnits)}-{ChangeSink.Show(g.MaxUnits)}";

    private static string Units(int n) => n == 1 ? "1 unit" : $"{n} units";
}
