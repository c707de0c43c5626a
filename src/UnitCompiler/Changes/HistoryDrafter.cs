using System.Collections.Immutable;
using System.Globalization;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Changes;

/// <summary>
/// Drafts the version-change table rows a writer would add for a set of changes: one row per
/// material change (its summary, its section), one row gathering the editorial ones, under the new
/// version (the version the new spec states, or the old one with its last number raised).
/// </summary>
public static class HistoryDrafter
{
    public static ImmutableArray<HistoryDraft> Draft(ChangeSet set, Catalogue before, Catalogue after, DateOnly date)
    {
        var old = before.Units.GroupBy(u => u.Header.Ref, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var drafts = ImmutableArray.CreateBuilder<HistoryDraft>();
        foreach (var unit in after.Units)
        {
            var changes = set.Changes.Where(c => c.Scope == ChangeScope.Unit && string.Equals(c.Owner, unit.Header.Ref, StringComparison.Ordinal) && c.Kind != ChangeKind.VersionChanged).ToList();
            if (changes.Count == 0)
            {
                continue;
            }

            var was = old.GetValueOrDefault(unit.Header.Ref) ?? Renamed(changes, before);
            var version = was is null ? unit.Header.Version ?? "1.0"
                : unit.Header.Version is { } v && !string.Equals(v, was.Header.Version, StringComparison.Ordinal) ? v
                : Next(was.Header.Version ?? unit.Header.Version);
            var entries = ImmutableArray.CreateBuilder<VersionEntry>();
            if (changes.Any(c => c.Kind == ChangeKind.UnitAdded))
            {
                entries.Add(new VersionEntry(version, date, new LocatedText("First issue"), null));
            }
            else
            {
                foreach (var change in changes.Where(c => c.Class == ChangeClass.Material))
                {
                    entries.Add(new VersionEntry(version, date, new LocatedText(change.Summary), change.Subject));
                }

                var editorial = changes.Where(c => c.Class == ChangeClass.Editorial).ToList();
                if (editorial.Count > 0)
                {
                    var sections = string.Join(", ", editorial.Select(c => c.Subject).OfType<string>().Distinct(StringComparer.Ordinal));
                    entries.Add(new VersionEntry(version, date, new LocatedText($"Editorial corrections ({editorial.Count})"), sections.Length == 0 ? null : sections));
                }
            }

            drafts.Add(new HistoryDraft(unit.Header.Ref, version, entries.ToImmutable()));
        }

        return drafts.ToImmutable();
    }

    /// <summary>The unit with the drafted rows after its own, stating the drafted version.</summary>
    public static Unit Apply(Unit unit, HistoryDraft draft) =>
        unit with { Header = unit.Header with { Version = draft.Version }, History = [.. unit.History, .. draft.Entries] };

    /// <summary>"4.1" is followed by "4.2", "4" by "5"; a version that does not end in a number gets ".1"; no version at all, "1.1".</summary>
    public static string Next(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return "1.1";
        }

        var dot = version.LastIndexOf('.');
        var last = version[(dot + 1)..];
        return int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? $"{version[..(dot + 1)]}{(n + 1).ToString(CultureInfo.InvariantCulture)}"
            : version + ".1";
    }

    private static Unit? Renamed(List<Change> changes, Catalogue before) =>
        changes.FirstOrDefault(c => c.Kind == ChangeKind.UnitReferenceChanged) is { OldId: { } oldRef }
            ? before.Units.FirstOrDefault(u => string.Equals(u.Header.Ref, oldRef, StringComparison.Ordinal))
            : null;

    /// <summary>
    /// The units with a material change but no history row the old version lacks: lint's UNITC1060.
    /// A row counts as new when its version, date or change is not among the old rows.
    /// </summary>
    public static ImmutableArray<string> MissingEntries(ChangeSet set, Catalogue before, Catalogue after)
    {
        var old = before.Units.GroupBy(u => u.Header.Ref, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var material = set.Changes.Where(c => c.Scope == ChangeScope.Unit && c.Class == ChangeClass.Material && c.Kind != ChangeKind.UnitAdded)
            .Select(c => c.Owner).ToHashSet(StringComparer.Ordinal);
        return [.. after.Units.Where(u => material.Contains(u.Header.Ref) && !HasNewRow(u, old.GetValueOrDefault(u.Header.Ref))).Select(u => u.Header.Ref)];
    }

    private static bool HasNewRow(Unit unit, Unit? before)
    {
        var rows = (before?.History ?? []).Select(Row).ToHashSet(StringComparer.Ordinal);
        return unit.History.Any(e => !rows.Contains(Row(e)));
    }

    private static string Row(VersionEntry e) => $"{e.Version}\u0001{e.Date}\u0001{e.Change.Value}";
}
