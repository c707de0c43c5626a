using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

// The outcome table: "<p>1. Understand ...</p>\t<p>1.1 Analyse ...</p> <ul><li>a) ...</li></ul> <hr/> ...".
internal sealed partial class UnitParser
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
    }

    /// <summary>The header row, or a row whose first cell is an outcome or is empty (more criteria for the last outcome).</summary>
    private bool TryReadOutcomeTableRow(ExportBlock row)
    {
        var first = ReadHtml(row.Cells[0]);
        var firstText = first.Count > 0 ? MarkdownInline.ToPlainText(first[0].Text.Value) : string.Empty;
        if (firstText.StartsWith("Learning Outcome", StringComparison.OrdinalIgnoreCase) && !OutcomeNumber().IsMatch(firstText))
        {
            return true; // the header row: its two labels are structure, not content
        }

        var outcomeMatch = first.Count > 0 ? OutcomeNumber().Match(first[0].Text.Value) : Match.Empty;
        if (!outcomeMatch.Success && !(first.Count == 0 && _outcomes.Count > 0 && row.Cells.Count > 1))
        {
            return false;
        }

        if (row.IsUnterminated)
        {
            _diagnostics.Add(DiagnosticCatalog.TruncatedRow, At(row.Start), row.OpenTags);
        }

        if (outcomeMatch.Success)
        {
            var text = first[0].Text;
            var body = outcomeMatch.Groups["text"];
            var outcome = new OutcomeDraft(
                outcomeMatch.Groups["id"].Value,
                Slice(text, body.Index, body.Length),
                text.Origin.Locate(outcomeMatch.Groups["id"].Index) ?? At(first[0].SourceOffset));
            foreach (var extra in first.Skip(1).Where(b => b.Kind != CellBlockKind.Rule))
            {
                outcome.Text.Add(extra.Text);
            }

            _outcomes.Add(outcome);
        }

        foreach (var cell in row.Cells.Skip(1))
        {
            ReadCriteriaCell(ReadHtml(cell));
        }

        return true;
    }

    private void ReadCriteriaCell(IReadOnlyList<CellBlock> blocks)
    {
        var outcome = _outcomes[^1];
        foreach (var block in blocks)
        {
            var current = outcome.Criteria.Count > 0 ? outcome.Criteria[^1] : null;
            var location = block.Text.Origin.Locate(0) ?? At(block.SourceOffset);
            switch (block.Kind)
            {
                case CellBlockKind.Rule:
                    break;
                case CellBlockKind.Paragraph when CriterionNumber().Match(block.Text.Value) is { Success: true } m:
                    var body = m.Groups["text"];
                    outcome.Criteria.Add(new CriterionDraft(m.Groups["id"].Value, Slice(block.Text, body.Index, body.Length), location));
                    break;
                case CellBlockKind.Paragraph when current is not null:
                    _diagnostics.Add(DiagnosticCatalog.TextWithoutCriterion, location, current.Id);
                    current.Text.Add(block.Text);
                    break;
                case CellBlockKind.ListItem when current is not null:
                    current.Items.Add(ReadItem(block, current.Items.Count, location));
                    break;
                default:
                    _diagnostics.Add(DiagnosticCatalog.OrphanContent, location, block.Kind == CellBlockKind.ListItem ? "a sub-item" : "text", "criterion");
                    break;
            }
        }
    }

    private static CriterionItem ReadItem(CellBlock block, int index, SourceLocation location)
    {
        var m = ItemLetter().Match(block.Text.Value);
        if (m.Success)
        {
            var body = m.Groups["text"];
            return new CriterionItem(m.Groups["id"].Value, Slice(block.Text, body.Index, body.Length), location);
        }

        // An unlettered item keeps its place in the sequence; the letter is what it would have been.
        return new CriterionItem(((char)('a' + Math.Min(index, 25))).ToString(), block.Text, location);
    }

    private void AcceptInOutcomeTable(ExportBlock block)
    {
        var kind = block.Kind == ExportBlockKind.Row ? "table row" : "text";
        var blocks = block.Kind == ExportBlockKind.Row ? block.Cells.SelectMany(ReadHtml).ToList() : [.. ReadMarkdown(block)];
        var last = _outcomes.Count > 0 && _outcomes[^1].Criteria.Count > 0 ? _outcomes[^1].Criteria[^1] : null;
        foreach (var b in blocks.Where(b => b.Kind != CellBlockKind.Rule))
        {
            if (last is null)
            {
                _diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, At(block.Start), kind, "preamble text");
                _front.Add(b.Text);
            }
            else
            {
                _diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, At(block.Start), kind, $"part of criterion {last.Id}");
                last.Text.Add(b.Text);
            }
        }
    }

    private ImmutableArray<LearningOutcome> BuildOutcomes(ImmutableArray<string> skillOutcomes)
    {
        var outcomes = ImmutableArray.CreateBuilder<LearningOutcome>(_outcomes.Count);
        foreach (var draft in _outcomes)
        {
            var text = draft.Text.ToLocatedText(_source);
            var kind = OutcomeStem.Classify(text.Value);
            if (kind is null)
            {
                var stem = string.Join(' ', MarkdownInline.ToPlainText(text.Value).Split(' ').Take(3));
                _diagnostics.Add(DiagnosticCatalog.UnknownOutcomeStem, draft.Location, draft.Id, stem);
                kind = skillOutcomes.Contains(draft.Id) ? OutcomeKind.Skill : OutcomeKind.Knowledge;
            }

            var criteria = draft.Criteria
                .Select(c => new AssessmentCriterion(c.Id, c.Text.ToLocatedText(_source), [.. c.Items], [], c.Location))
                .ToImmutableArray();
            outcomes.Add(new LearningOutcome(draft.Id, text, kind.Value, criteria, draft.Location));
        }

        return outcomes.ToImmutable();
    }

    private static LocatedText Slice(LocatedText text, int start, int length) =>
        new(text.Value.Substring(start, length).Trim(), text.Origin.Slice(start, length));

    [GeneratedRegex(@"^(?:LO\s*)?(?<id>\d{1,3})\s*[.:)]?\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex OutcomeNumber();

    [GeneratedRegex(@"^(?:AC\s*)?(?<id>\d{1,3}\.\d{1,3})\.?\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex CriterionNumber();

    [GeneratedRegex(@"^\(?(?<id>[a-z]{1,2}|[ivx]{1,5})[).]\s+(?<text>\S.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ItemLetter();
}
