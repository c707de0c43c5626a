using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Changes;

/// <summary>
/// The changes between two catalogues. Units are paired by reference, then (a reference that
/// changed) by the words of their titles and outcomes; qualifications by number.
/// </summary>
public static class CatalogueDiffer
{
    public static ChangeSet Diff(Catalogue before, Catalogue after, DiffSettings? settings = null)
    {
        settings ??= DiffSettings.Default;
        var changes = new List<Change>();
        var (to, from) = Matcher.Match(
            [.. before.Units.Select(u => new Matcher.Part(u.Header.Ref, Content(u)))],
            [.. after.Units.Select(u => new Matcher.Part(u.Header.Ref, Content(u)))],
            idsFirst: true);
        var removed = new List<Change>();
        for (var i = 0; i < before.Units.Length; i++)
        {
            if (to[i] < 0)
            {
                var old = before.Units[i];
                removed.Add(new Change(ChangeKind.UnitRemoved, settings.Classify(ChangeKind.UnitRemoved, null), ChangeScope.Unit, old.Header.Ref, null, $"Unit {old.Header.Ref} {old.Header.Title.Value} removed") { Before = old.Header.Title.Value });
            }
        }

        for (var j = 0; j < after.Units.Length; j++)
        {
            var now = after.Units[j];
            var sink = new ChangeSink(settings, ChangeScope.Unit, now.Header.Ref, changes);
            if (from[j] < 0)
            {
                sink.Add(ChangeKind.UnitAdded, null, $"Unit {now.Header.Ref} {now.Header.Title.Value} added", null, now.Header.Title.Value);
                continue;
            }

            var old = before.Units[from[j]];
            if (!string.Equals(old.Header.Ref, now.Header.Ref, StringComparison.Ordinal))
            {
                sink.Add(ChangeKind.UnitReferenceChanged, "ref", $"Unit reference {old.Header.Ref} is now {now.Header.Ref}", old.Header.Ref, now.Header.Ref, old.Header.Ref, now.Header.Ref);
            }

            UnitDiffer.Diff(old, now, sink);
        }

        changes.AddRange(removed);
        QualificationDiffer.Diff(before.Qualifications, after.Qualifications, settings, changes);
        return new ChangeSet([.. changes]);
    }

    // Only units whose reference changed are compared by these words, so building them for every unit costs little.
    private static string Content(Unit unit) =>
        string.Join(' ', [unit.Header.Title.Value, .. unit.Outcomes.Select(o => o.Text.Value), .. unit.Criteria.Select(c => c.Wording)]);
}
