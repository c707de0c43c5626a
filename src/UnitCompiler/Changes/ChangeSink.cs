namespace UnitCompiler.Changes;

/// <summary>Where a differ puts the changes of one unit or qualification, each classed as it is added.</summary>
internal sealed class ChangeSink(DiffSettings settings, ChangeScope scope, string owner, List<Change> changes)
{
    public void Add(ChangeKind kind, string? subject, string summary, string? before = null, string? after = null, string? oldId = null, string? newId = null) =>
        changes.Add(new Change(kind, settings.Classify(kind, null), scope, owner, subject, summary) { Before = before, After = after, OldId = oldId, NewId = newId });

    /// <summary>A rewording: classed by whether it reads the same, with its word diff.</summary>
    public void Reworded(ChangeKind kind, string? subject, string summary, string before, string after, string? oldId = null, string? newId = null)
    {
        var reason = EditorialText.Reason(before, after);
        changes.Add(new Change(kind, settings.Classify(kind, reason), scope, owner, subject, reason is null ? summary : $"{summary} ({reason})")
        {
            Before = before,
            After = after,
            OldId = oldId,
            NewId = newId,
            Words = WordDiff.Compute(before, after),
            EditorialReason = reason,
        });
    }

    /// <summary>A number that changed (level, credit): "from 3 to 4", "none" standing for a missing value.</summary>
    public void Number(ChangeKind kind, string subject, string what, int? before, int? after)
    {
        if (before != after)
        {
            Add(kind, subject, $"{what} changed from {Show(before)} to {Show(after)}", Show(before), Show(after));
        }
    }

    public static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
