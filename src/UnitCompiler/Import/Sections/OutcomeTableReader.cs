using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// The outcome table: rows of an outcome cell ("&lt;p&gt;1. Understand ...&lt;/p&gt;") and a criteria cell
/// ("&lt;p&gt;1.1 Analyse ...&lt;/p&gt; &lt;ul&gt;&lt;li&gt;a) ...&lt;/li&gt;&lt;/ul&gt; &lt;hr/&gt; ..."), and rows whose first
/// cell is empty (more criteria for the outcome above). Content it cannot place is kept with the
/// criterion before it, with one warning per block.
/// </summary>
internal sealed class OutcomeTableReader(ImportContext context, FrontMatterReader front)
{
    private readonly List<OutcomeDraft> _outcomes = [];

    private sealed class OutcomeDraft(string id, LocatedText text, SourceLocation location)
    {
        public string Id { get; } = id;
        public JoinedText Text { get; } = new(text);
        public SourceLocation Location { get; } = location;
        public List<CriterionDraft> Criteria { get; } = [];
    }

    private sealed class CriterionDraft(string id, LocatedText text, SourceLocation location)
    {
        public string Id { get; } = id;
        public JoinedText Text { get; } = new(text);
        public SourceLocation Location { get; } = location;
        public List<CriterionItem> Items { get; } = [];

        /// <summary>Paragraphs after the sub-items, closing the criterion's sentence; null until one is read.</summary>
        public JoinedText? AfterItems { get; set; }

        public SourceLocation? AfterItemsLocation { get; set; }
    }

    /// <summary>Reads a row that belongs to the table: the header, an outcome's row, or more criteria for the last outcome.</summary>
    public bool TryAcceptRow(BlockText row)
    {
        if (row.Kind == ExportBlockKind.Paragraph && SectionHeadings.IsHeaderText(row.PlainText))
        {
            return true; // the header row with its tab lost: its labels are structure all the same
        }

        if (row.Kind != ExportBlockKind.Row)
        {
            return false;
        }

        var first = row.Cells[0].Where(b => b.Kind != CellBlockKind.Rule).ToList();
        if (first.Count > 0 && SectionHeadings.IsTableHeader(row.CellText(0), row.Cells.Count > 1 ? row.CellText(1) : null))
        {
            return true; // the header row: its labels are structure, not content
        }

        var outcome = first.Count > 0 ? UnitNumbering.Outcome().Match(first[0].Text.Value) : Match.Empty;

        // The number as a paragraph of its own, the words in the next ("<p><b>Learning outcome 1</b></p><p>Understand ...</p>").
        var numberAlone = !outcome.Success && first.Count > 1 && first[1].Kind == CellBlockKind.Paragraph
            && !UnitNumbering.Criterion().IsMatch(first[1].Text.Value) && UnitNumbering.OutcomeNumberOnly().Match(first[0].Text.Value) is { Success: true } alone
                ? alone
                : Match.Empty;
        if (!outcome.Success && !numberAlone.Success && !(first.Count == 0 && _outcomes.Count > 0 && row.Cells.Count > 1))
        {
            return false;
        }

        if (row.Block.IsTruncated)
        {
            context.Diagnostics.Add(DiagnosticCatalog.TruncatedRow, context.At(row.Start), row.Block.OpenTags);
        }

        if (outcome.Success || numberAlone.Success)
        {
            var number = outcome.Success ? outcome : numberAlone;
            var id = number.Groups["id"];
            var location = first[0].Text.Origin.Locate(id.Index) ?? context.At(first[0].SourceOffset);
            var draft = outcome.Success
                ? new OutcomeDraft(id.Value, ImportContext.Slice(first[0].Text, outcome.Groups["text"].Index, outcome.Groups["text"].Length), location)
                : new OutcomeDraft(id.Value, first[1].Text, location);
            _outcomes.Add(draft);

            // The outcome's text may run on over more paragraphs; criteria written into the same cell start with their number.
            var rest = first.Skip(outcome.Success ? 1 : 2).ToList();
            // Written as a list of their own ("<ul><li>1.1 ..."), they are numbered under this outcome.
            var criteriaFrom = rest.FindIndex(b => UnitNumbering.Criterion().Match(b.Text.Value) is { Success: true } m
                && (b.Kind == CellBlockKind.Paragraph || b.Kind == CellBlockKind.ListItem && IsOutcomesOwn(m, draft)));
            foreach (var extra in criteriaFrom < 0 ? rest : rest[..criteriaFrom])
            {
                draft.Text.Add(extra.Text);
            }

            if (criteriaFrom >= 0)
            {
                ReadCriteria(rest[criteriaFrom..]);
            }
        }

        foreach (var cell in row.Cells.Skip(1))
        {
            ReadCriteria(cell);
        }

        return true;
    }

    /// <summary>A block inside the table that is not one of its rows: kept with the criterion before it, all of it, with one warning.</summary>
    public void AcceptStray(BlockText block)
    {
        var content = block.Content.ToList();
        if (content.Count == 0)
        {
            return;
        }

        var kind = block.Kind == ExportBlockKind.Row ? "table row" : "text";
        var last = _outcomes.Count > 0 && _outcomes[^1].Criteria.Count > 0 ? _outcomes[^1].Criteria[^1] : null;
        if (last is null)
        {
            context.Diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, context.At(block.Start), kind, "preamble text");
            foreach (var b in content)
            {
                front.AddPreamble(b.Text);
            }

            return;
        }

        context.Diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, context.At(block.Start), kind, $"part of criterion {last.Id}");
        foreach (var b in content)
        {
            last.Text.Add(b.Text);
        }
    }

    public ImmutableArray<LearningOutcome> Build(ImmutableArray<string> skillOutcomes)
    {
        var outcomes = ImmutableArray.CreateBuilder<LearningOutcome>(_outcomes.Count);
        foreach (var draft in _outcomes)
        {
            var text = draft.Text.ToLocatedText(context.Source);
            var kind = OutcomeStem.Classify(text.Value);
            if (kind is null)
            {
                var stem = string.Join(' ', MarkdownInline.ToPlainText(text.Value).Split(' ').Take(3));
                context.Diagnostics.Add(DiagnosticCatalog.UnknownOutcomeStem, draft.Location, draft.Id, stem);
                kind = skillOutcomes.Contains(draft.Id) ? OutcomeKind.Skill : OutcomeKind.Knowledge;
            }

            var criteria = draft.Criteria
                .Select(c => new AssessmentCriterion(c.Id, c.Text.ToLocatedText(context.Source), [.. c.Items], [], c.Location) { AfterItems = c.AfterItems?.ToLocatedText(context.Source) })
                .ToImmutableArray();
            outcomes.Add(new LearningOutcome(draft.Id, text, kind.Value, criteria, draft.Location));
        }

        return outcomes.ToImmutable();
    }

    /// <summary>Each outcome's id and the kind its stem gives (null when the stem is neither), for the assessment requirements.</summary>
    public IEnumerable<(string Id, OutcomeKind? StemKind)> Outcomes =>
        _outcomes.Select(o => (o.Id, OutcomeStem.Classify(o.Text.ToLocatedText(context.Source).Value)));

    /// <summary>The text of outcome <paramref name="id"/> as read so far, Markdown marks taken out; null when there is no such outcome.</summary>
    public string? OutcomeText(string id) =>
        _outcomes.Find(o => o.Id == id) is { } o ? MarkdownInline.ToPlainText(o.Text.ToLocatedText(context.Source).Value) : null;

    private void ReadCriteria(IEnumerable<CellBlock> blocks)
    {
        var outcome = _outcomes[^1];
        foreach (var block in blocks)
        {
            var current = outcome.Criteria.Count > 0 ? outcome.Criteria[^1] : null;
            var location = context.At(block);
            switch (block.Kind)
            {
                case CellBlockKind.Rule:
                    break;
                case CellBlockKind.Paragraph when UnitNumbering.Criterion().Match(block.Text.Value) is { Success: true } m:
                    AddCriterion(outcome, block, m, location);
                    break;
                case CellBlockKind.ListItem when UnitNumbering.Criterion().Match(block.Text.Value) is { Success: true } m && IsOutcomesOwn(m, outcome):
                    // Criteria written as a list ("<li>1.1) Explain ..."): numbered under this outcome, so not
                    // a sub-item that happens to start with a number ("<li>1.5 m clearance").
                    AddCriterion(outcome, block, m, location);
                    break;
                case CellBlockKind.Paragraph when current is not null && (IsLetteredItem(block.Text.Value) || ListBullets.StartsWithBullet(block.Text.Value)):
                    // "<p>a) ...</p>", "<br>a) ..." or "<br>• ...": a sub-item written as a paragraph is still a sub-item.
                    AddItem(current, block, location);
                    break;
                case CellBlockKind.Paragraph when current is { Items.Count: > 0 }:
                    // "..., including: a) b) c) and how to record them": the sentence closes after its list.
                    current.AfterItemsLocation ??= location;
                    (current.AfterItems ??= new JoinedText()).Add(block.Text);
                    break;
                case CellBlockKind.Paragraph when current is not null:
                    context.Diagnostics.Add(DiagnosticCatalog.TextWithoutCriterion, location, current.Id);
                    current.Text.Add(block.Text);
                    break;
                case CellBlockKind.ListItem when current is not null:
                    AddItem(current, block, location);
                    break;
                default:
                    context.Diagnostics.Add(DiagnosticCatalog.OrphanContent, location, block.Kind == CellBlockKind.ListItem ? "a sub-item" : "text", "criterion");
                    break;
            }
        }
    }

    /// <summary>
    /// A sub-item; when words came between it and the item before, they did not close the sentence
    /// after all: they join the criterion's text, as unnumbered text always did, with the warning.
    /// </summary>
    private void AddItem(CriterionDraft criterion, CellBlock block, SourceLocation location)
    {
        if (criterion.AfterItems is { } between)
        {
            context.Diagnostics.Add(DiagnosticCatalog.TextWithoutCriterion, criterion.AfterItemsLocation!, criterion.Id);
            criterion.Text.Add(between.ToLocatedText(context.Source));
            criterion.AfterItems = null;
            criterion.AfterItemsLocation = null;
        }

        criterion.Items.Add(ReadItem(block, criterion.Items.Count, location));
    }

    private static void AddCriterion(OutcomeDraft outcome, CellBlock block, Match m, SourceLocation location)
    {
        var body = m.Groups["text"];
        outcome.Criteria.Add(new CriterionDraft(m.Groups["id"].Value, ImportContext.Slice(block.Text, body.Index, body.Length), location));
    }

    private static bool IsOutcomesOwn(Match criterion, OutcomeDraft outcome) =>
        criterion.Groups["id"].Value.AsSpan().StartsWith(outcome.Id + ".", StringComparison.Ordinal);

    private static bool IsLetteredItem(string text) => UnitNumbering.Item().IsMatch(text.AsSpan(ListBullets.Length(text)));

    private static CriterionItem ReadItem(CellBlock block, int index, SourceLocation location)
    {
        var text = ListBullets.Strip(block.Text);
        var m = UnitNumbering.Item().Match(text.Value);
        if (m.Success)
        {
            var body = m.Groups["text"];
            return new CriterionItem(m.Groups["id"].Value, ImportContext.Slice(text, body.Index, body.Length), location);
        }

        // An unlettered item (an <ol type="a"> numbers its own) takes the letter, or with <ol type="i">
        // the numeral, its place gives it.
        return new CriterionItem(UnitNumbering.ItemId(index, roman: block.ListStyle is 'i' or 'I'), text, location);
    }
}
