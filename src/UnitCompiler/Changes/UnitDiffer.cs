using System.Collections.Immutable;
using UnitCompiler.Model;

namespace UnitCompiler.Changes;

/// <summary>
/// The changes between two versions of one unit: metadata, outcomes, criteria (renumbered, moved,
/// reworded), their sub-items, definitions and notes, the assessment requirements and guidance.
/// The history is the record of changes, not a change, and is not compared.
/// </summary>
public static class UnitDiffer
{
    public static ImmutableArray<Change> Diff(Unit before, Unit after, DiffSettings? settings = null)
    {
        var changes = new List<Change>();
        Diff(before, after, new ChangeSink(settings ?? DiffSettings.Default, ChangeScope.Unit, after.Header.Ref, changes));
        return [.. changes];
    }

    internal static void Diff(Unit before, Unit after, ChangeSink sink)
    {
        Header(before.Header, after.Header, sink);
        if (!Same(before.Preamble.Heading.Value, after.Preamble.Heading.Value) || !Same(Joined(before.Preamble.Text), Joined(after.Preamble.Text)))
        {
            sink.Reworded(ChangeKind.PreambleChanged, "preamble", "Preamble changed", Paragraphs(before.Preamble), Paragraphs(after.Preamble));
        }

        var criterionIds = Outcomes(before, after, sink);
        IndicativeContent(before, after, criterionIds, sink);
        if (!Same(Joined(before.Assessment.Text), Joined(after.Assessment.Text)))
        {
            sink.Reworded(ChangeKind.AssessmentChanged, "assessment", "Assessment requirements changed", Joined(before.Assessment.Text), Joined(after.Assessment.Text));
        }

        Guidance(before.Guidance, after.Guidance, sink);
    }

    private static void Header(UnitHeader before, UnitHeader after, ChangeSink sink)
    {
        if (!Same(before.Title.Value, after.Title.Value))
        {
            sink.Reworded(ChangeKind.TitleChanged, "title", "Title reworded", before.Title.Value, after.Title.Value);
        }

        if (before.Level != after.Level || before.EntryStage != after.EntryStage)
        {
            // "Entry 2" to "Entry 3" is a change of level as "2" to "3" is, though both are level 0.
            sink.Add(ChangeKind.LevelChanged, "level", $"Level changed from {before.LevelName ?? "none"} to {after.LevelName ?? "none"}", before.LevelName ?? "none", after.LevelName ?? "none");
        }

        sink.Number(ChangeKind.CreditChanged, "credit", "Credit value", before.Credit, after.Credit);
        sink.Number(ChangeKind.GlhChanged, "glh", "Guided learning hours", before.GuidedLearningHours, after.GuidedLearningHours);
        if (!string.Equals(before.Version, after.Version, StringComparison.Ordinal))
        {
            sink.Add(ChangeKind.VersionChanged, "version", $"Version changed from {before.Version ?? "none"} to {after.Version ?? "none"}", before.Version, after.Version);
        }

        var old = before.Other.ToDictionary(f => f.Label, f => f.Value.Value, StringComparer.Ordinal);
        var now = after.Other.ToDictionary(f => f.Label, f => f.Value.Value, StringComparer.Ordinal);
        foreach (var label in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(label);
            var @is = now.GetValueOrDefault(label);
            if (!string.Equals(was, @is, StringComparison.Ordinal))
            {
                if (was is not null && @is is not null)
                {
                    sink.Reworded(ChangeKind.MetadataChanged, label, $"{label} changed", was, @is);
                }
                else
                {
                    sink.Add(ChangeKind.MetadataChanged, label, was is null ? $"{label} added" : $"{label} removed", was, @is);
                }
            }
        }
    }

    /// <summary>Outcomes and criteria; returns each old criterion id's new id, for the indicative content.</summary>
    private static Dictionary<string, string> Outcomes(Unit before, Unit after, ChangeSink sink)
    {
        var (outcomeTo, outcomeFrom) = Matcher.Match(Parts(before.Outcomes, o => o.Id, o => o.Text.Value), Parts(after.Outcomes, o => o.Id, o => o.Text.Value));
        for (var i = 0; i < before.Outcomes.Length; i++)
        {
            var old = before.Outcomes[i];
            if (outcomeTo[i] < 0)
            {
                sink.Add(ChangeKind.OutcomeRemoved, old.Id, $"Learning outcome {old.Id} removed ({Count(old.Criteria.Length)})", old.Text.Value, null, old.Id);
                continue;
            }

            var now = after.Outcomes[outcomeTo[i]];
            if (!Same(old.Id, now.Id))
            {
                sink.Add(ChangeKind.OutcomeRenumbered, now.Id, $"Learning outcome {old.Id} is now {now.Id}", null, null, old.Id, now.Id);
            }

            if (!Same(old.Text.Value, now.Text.Value))
            {
                sink.Reworded(ChangeKind.OutcomeReworded, now.Id, $"Learning outcome {now.Id} reworded", old.Text.Value, now.Text.Value, old.Id, now.Id);
            }

            if (old.Kind != now.Kind)
            {
                sink.Add(ChangeKind.OutcomeKindChanged, now.Id, $"Learning outcome {now.Id} is now {KindName(now.Kind)} based (was {KindName(old.Kind)} based)", KindName(old.Kind), KindName(now.Kind), old.Id, now.Id);
            }
        }

        for (var j = 0; j < after.Outcomes.Length; j++)
        {
            if (outcomeFrom[j] < 0)
            {
                var now = after.Outcomes[j];
                sink.Add(ChangeKind.OutcomeAdded, now.Id, $"Learning outcome {now.Id} added ({Count(now.Criteria.Length)})", null, now.Text.Value, null, now.Id);
            }
        }

        var olds = Flatten(before);
        var news = Flatten(after);
        var (to, from) = Matcher.Match(Parts(olds, c => c.Criterion.Id, c => c.Criterion.Text.Value), Parts(news, c => c.Criterion.Id, c => c.Criterion.Text.Value));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < olds.Count; i++)
        {
            var (oldOutcome, old) = olds[i];
            if (to[i] < 0)
            {
                // The criteria of a removed outcome went with it; the outcome's change says so.
                if (outcomeTo[oldOutcome] >= 0)
                {
                    sink.Add(ChangeKind.CriterionRemoved, old.Id, $"Assessment criterion {old.Id} removed", old.Text.Value, null, old.Id);
                }

                continue;
            }

            var (newOutcome, now) = news[to[i]];
            ids.TryAdd(old.Id, now.Id);
            if (outcomeTo[oldOutcome] != newOutcome)
            {
                sink.Add(ChangeKind.CriterionMoved, now.Id, $"Assessment criterion {old.Id} moved to learning outcome {after.Outcomes[newOutcome].Id} as {now.Id}", null, null, old.Id, now.Id);
            }
            else if (!Same(now.Id, $"{after.Outcomes[newOutcome].Id}.{CriterionId.Parse(old.Id).Number}"))
            {
                // A criterion that only followed its outcome's new number is told by the outcome's change.
                sink.Add(ChangeKind.CriterionRenumbered, now.Id, $"Assessment criterion {old.Id} is now {now.Id}", null, null, old.Id, now.Id);
            }

            if (!Same(old.Wording, now.Wording))
            {
                sink.Reworded(ChangeKind.CriterionReworded, now.Id, $"Assessment criterion {now.Id} reworded", old.Wording, now.Wording, old.Id, now.Id);
            }

            Items(old, now, sink);
        }

        for (var j = 0; j < news.Count; j++)
        {
            var (newOutcome, now) = news[j];
            if (from[j] < 0 && outcomeFrom[newOutcome] >= 0)
            {
                sink.Add(ChangeKind.CriterionAdded, now.Id, $"Assessment criterion {now.Id} added", null, now.Text.Value, null, now.Id);
            }
        }

        return ids;
    }

    private static void Items(AssessmentCriterion before, AssessmentCriterion after, ChangeSink sink)
    {
        if (before.Items.Length == after.Items.Length && before.Items.Zip(after.Items).All(p => Same(p.First.Id, p.Second.Id) && Same(p.First.Text.Value, p.Second.Text.Value)))
        {
            return;
        }

        var (to, from) = Matcher.Match(Parts(before.Items, x => x.Id, x => x.Text.Value), Parts(after.Items, x => x.Id, x => x.Text.Value));
        for (var i = 0; i < before.Items.Length; i++)
        {
            var old = before.Items[i];
            var subject = $"{after.Id}{old.Id}";
            if (to[i] < 0)
            {
                sink.Add(ChangeKind.ItemRemoved, subject, $"Assessment criterion {after.Id} item {old.Id}) removed", old.Text.Value, null, old.Id);
            }
            else if (after.Items[to[i]] is var now && !Same(old.Text.Value, now.Text.Value))
            {
                // Letters that shift after an insertion are not a change of their own.
                sink.Reworded(ChangeKind.ItemReworded, $"{after.Id}{now.Id}", $"Assessment criterion {after.Id} item {now.Id}) reworded", old.Text.Value, now.Text.Value, old.Id, now.Id);
            }
        }

        for (var j = 0; j < after.Items.Length; j++)
        {
            if (from[j] < 0)
            {
                var now = after.Items[j];
                sink.Add(ChangeKind.ItemAdded, $"{after.Id}{now.Id}", $"Assessment criterion {after.Id} item {now.Id}) added", null, now.Text.Value, null, now.Id);
            }
        }
    }

    private static void IndicativeContent(Unit before, Unit after, Dictionary<string, string> criterionIds, ChangeSink sink)
    {
        var old = Definitions(before);
        var now = Definitions(after);
        foreach (var key in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var was = old.GetValueOrDefault(key) ?? [];
            var @is = now.GetValueOrDefault(key) ?? [];
            for (var k = 0; k < Math.Max(was.Count, @is.Count); k++)
            {
                if (k >= @is.Count)
                {
                    sink.Add(ChangeKind.DefinitionRemoved, was[k].Term, $"Definition of '{was[k].Term}' removed", was[k].Text, null);
                }
                else if (k >= was.Count)
                {
                    sink.Add(ChangeKind.DefinitionAdded, @is[k].Term, $"Definition of '{@is[k].Term}' added", null, @is[k].Text);
                }
                else if (!Same(was[k].Term + was[k].Text, @is[k].Term + @is[k].Text))
                {
                    sink.Reworded(ChangeKind.DefinitionReworded, @is[k].Term, $"Definition of '{@is[k].Term}' reworded", $"{was[k].Term}: {was[k].Text}", $"{@is[k].Term}: {@is[k].Text}");
                }
            }
        }

        var oldNotes = before.IndicativeContent.Where(c => !c.Notes.IsEmpty)
            .GroupBy(c => criterionIds.GetValueOrDefault(c.CriterionId, c.CriterionId), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\n\n", g.SelectMany(c => c.Notes).Select(n => n.Value)), StringComparer.Ordinal);
        var newNotes = after.IndicativeContent.Where(c => !c.Notes.IsEmpty)
            .GroupBy(c => c.CriterionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\n\n", g.SelectMany(c => c.Notes).Select(n => n.Value)), StringComparer.Ordinal);
        foreach (var id in oldNotes.Keys.Union(newNotes.Keys).Order(StringComparer.Ordinal))
        {
            var was = oldNotes.GetValueOrDefault(id) ?? string.Empty;
            var @is = newNotes.GetValueOrDefault(id) ?? string.Empty;
            if (!Same(was, @is))
            {
                sink.Reworded(ChangeKind.NotesChanged, id, $"Indicative content notes for {id} changed", was, @is);
            }
        }
    }

    private static Dictionary<string, List<(string Term, string Text)>> Definitions(Unit unit) =>
        unit.Definitions
            .Select(d => (Term: d.Term.Value, Text: d.Items.IsEmpty ? d.Text.Value : $"{d.Text.Value} {string.Join("; ", d.Items.Select(i => i.Value))}"))
            .GroupBy(d => EditorialText.Key(d.Term), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static void Guidance(StudyGuidance? before, StudyGuidance? after, ChangeSink sink)
    {
        if (before is null && after is null)
        {
            return;
        }

        if (before is null || after is null)
        {
            sink.Add(ChangeKind.GuidanceChanged, "guidance", before is null ? "Study guidance added" : "Study guidance removed");
            return;
        }

        if (!Same(before.Synopsis.Value, after.Synopsis.Value))
        {
            sink.Reworded(ChangeKind.GuidanceChanged, "synopsis", "Study guidance synopsis changed", before.Synopsis.Value, after.Synopsis.Value);
        }

        foreach (var kind in GuidanceKinds.All)
        {
            var was = GuidanceText(before.Items(kind.Kind));
            var @is = GuidanceText(after.Items(kind.Kind));
            if (!Same(was, @is))
            {
                sink.Reworded(ChangeKind.GuidanceChanged, kind.SpecKey, $"Study guidance ({kind.SpecKey.Replace('_', ' ')}) changed", was, @is);
            }
        }
    }

    private static string GuidanceText(ImmutableArray<GuidanceItem> items) =>
        string.Join("\n", items.Select(i => i.Title is null ? i.Text.Value : $"{i.Title.Value}: {i.Text.Value}"));

    private static List<(int Outcome, AssessmentCriterion Criterion)> Flatten(Unit unit) =>
        [.. unit.Outcomes.SelectMany((o, i) => o.Criteria.Select(c => (i, c)))];

    private static List<Matcher.Part> Parts<T>(IEnumerable<T> items, Func<T, string> id, Func<T, string> text) =>
        [.. items.Select(x => new Matcher.Part(id(x), text(x)))];

    private static string KindName(OutcomeKind kind) => kind == OutcomeKind.Skill ? "skill" : "knowledge";

    private static string Count(int criteria) => criteria == 1 ? "1 criterion" : $"{criteria} criteria";

    private static string Joined(ImmutableArray<Text.LocatedText> paragraphs) => string.Join("\n\n", paragraphs.Select(p => p.Value));

    private static string Paragraphs(Preamble preamble) => string.Join("\n\n", [preamble.Heading.Value, .. preamble.Text.Select(p => p.Value)]);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
