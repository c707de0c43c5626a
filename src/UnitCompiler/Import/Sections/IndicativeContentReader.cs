using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Indicative content, in any of its shapes, alone or mixed in one file: HTML rows ("&lt;b&gt;LO1&lt;/b&gt;\t&lt;b&gt;AC1.1&lt;/b&gt;
/// &lt;b&gt;Term:&lt;/b&gt; text"), Markdown sections ("### **AC2.2**", "#### AC 2.2", "**AC2.2**", "**Term:** text",
/// "- item") and HTML lists whose items repeat a bullet ("&lt;li&gt;• volunteers.&lt;/li&gt;"). All reduce to
/// the same markers, terms and items, read here. A heading that repeats an outcome with its number
/// ("Learning outcome 1: Understand how to ...") is that outcome's marker.
/// </summary>
/// <param name="context">The export being read and its diagnostics.</param>
/// <param name="outcomeText">An outcome's text by its id, to tell a heading that repeats it.</param>
internal sealed class IndicativeContentReader(ImportContext context, Func<string, string?> outcomeText)
{
    private readonly List<ContentDraft> _content = [];
    private string? _outcome;
    private ContentDraft? _current;
    private DefinitionDraft? _definition;
    private bool _awaitingDefinition;
    private bool _seen;

    private sealed class ContentDraft(string criterionId, SourceLocation location)
    {
        public string CriterionId { get; } = criterionId;
        public SourceLocation Location { get; } = location;
        public List<DefinitionDraft> Definitions { get; } = [];
        public List<LocatedText> Notes { get; } = [];
    }

    private sealed class DefinitionDraft(LocatedText term, SourceLocation location)
    {
        public LocatedText Term { get; } = term;
        public SourceLocation Location { get; } = location;
        public JoinedText Text { get; } = new();
        public List<LocatedText> Items { get; } = [];
    }

    public bool WasSeen => _seen;

    public void Open() => _seen = true;

    public void Accept(BlockText block)
    {
        switch (block.Kind)
        {
            case ExportBlockKind.Heading when Marker(block.PlainText) is { } marker:
                ApplyMarker(marker, context.At(block.Start));
                break;
            case ExportBlockKind.Heading:
                context.Diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, context.At(block.Start), "heading", "a note");
                AcceptAll(block.Content);
                break;
            case ExportBlockKind.ListItem:
                AcceptAll(block.Content.Select(b => b with { Kind = CellBlockKind.ListItem }));
                break;
            default:
                AcceptAll(block.Cells.SelectMany(c => c));
                break;
        }
    }

    /// <summary>A bold term with its colon at the very start: "**Term:** text" or "**Term**: text".</summary>
    private static bool OpensWithTerm(string value) =>
        MarkdownInline.BoldSpans(value).FirstOrDefault() is (2, var length and > 0)
        && (value.AsSpan(2, length).EndsWith(":") || (length + 4 < value.Length && value[length + 4] == ':'));

    public ImmutableArray<IndicativeContent> Build() =>
        [.. _content.Select(c => new IndicativeContent(
            c.CriterionId,
            [.. c.Definitions.Select(d => new Definition(d.Term, d.Text.ToLocatedText(context.Source), [.. d.Items], d.Location))],
            [.. c.Notes],
            c.Location))];

    private void AcceptAll(IEnumerable<CellBlock> blocks)
    {
        foreach (var b in blocks)
        {
            AcceptContentBlock(b);
        }
    }

    private void AcceptContentBlock(CellBlock block)
    {
        switch (block.Kind)
        {
            case CellBlockKind.Rule:
                return;
            // Word's list paragraphs keep their bullet as text ("<p class=MsoListParagraph>· site rules</p>"): an item all the same.
            case CellBlockKind.ListItem:
            case CellBlockKind.Paragraph when ListBullets.StartsWithBullet(block.Text.Value) && !block.Text.Value.Contains("**", StringComparison.Ordinal):
                var item = ListBullets.Strip(block.Text);
                if (item.Value.Length == 0)
                {
                    return;
                }

                if (OpensWithTerm(item.Value))
                {
                    // "- **Academies:** state schools funded ...": a glossary written as a list is a
                    // definition per item, not the items of the definition before.
                    block = block with { Kind = CellBlockKind.Paragraph, Text = item };
                    break;
                }

                if (_definition is not null)
                {
                    _definition.Items.Add(item);
                }
                else
                {
                    ContentHere(block).Notes.Add(item);
                }

                return;
        }

        if (block.IsTerm)
        {
            // "<dt>Chain of infection</dt><dd>the six links ...</dd>": the term is the whole block, its definition the next.
            if (Marker(block.Text.Value) is { } termMarker)
            {
                ApplyMarker(termMarker, context.At(block));
                return;
            }

            _definition = new DefinitionDraft(block.Text, context.At(block));
            ContentHere(block).Definitions.Add(_definition);
            _awaitingDefinition = true;
            return;
        }

        // A paragraph: markers and terms split it; text before any term in it is a loose note,
        // unless it is the definition of the term just read.
        if (!_awaitingDefinition)
        {
            _definition = null;
        }

        _awaitingDefinition = false;
        var text = block.Text;
        var value = text.Value;
        var position = 0;
        foreach (var (start, length) in MarkdownInline.BoldSpans(value))
        {
            var inner = value.Substring(start, length);
            var closeEnd = start + length + 2;
            var colonOutside = closeEnd < value.Length && value[closeEnd] == ':' && !inner.EndsWith(':');
            var marker = Marker(inner);
            if (marker is null && !inner.EndsWith(':') && !colonOutside)
            {
                continue; // ordinary emphasis inside a definition or note
            }

            AddChunk(block, text, position, start - 2 - position);
            position = closeEnd + (colonOutside ? 1 : 0);
            var location = text.Origin.Locate(start) ?? context.At(block.SourceOffset);
            if (marker is not null)
            {
                ApplyMarker(marker, location);
            }
            else
            {
                var termLength = inner.TrimEnd(':').TrimEnd().Length;
                _definition = new DefinitionDraft(new LocatedText(inner[..termLength], text.Origin.Slice(start, termLength)), location);
                ContentHere(block).Definitions.Add(_definition);
            }
        }

        AddChunk(block, text, position, value.Length - position);
    }

    private void AddChunk(CellBlock block, LocatedText text, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }

        var raw = text.Value.Substring(start, length);
        var lead = raw.Length - raw.TrimStart().Length;
        var chunk = new LocatedText(raw.Trim(), text.Origin.Slice(start + lead, Math.Max(raw.Trim().Length, 1)));
        if (chunk.Value.Length == 0)
        {
            return;
        }

        if (_definition is not null)
        {
            _definition.Text.Add(chunk);
        }
        else
        {
            ContentHere(block).Notes.Add(chunk);
        }
    }

    private void ApplyMarker(string marker, SourceLocation location)
    {
        _definition = null;
        _awaitingDefinition = false;
        if (marker.StartsWith("LO", StringComparison.Ordinal))
        {
            _outcome = marker[2..];
            _current = null;
            return;
        }

        var id = marker[2..];
        _current = _content.Find(c => c.CriterionId == id) ?? Add(new ContentDraft(id, location));
    }

    private ContentDraft Add(ContentDraft draft)
    {
        _content.Add(draft);
        return draft;
    }

    /// <summary>The entry content goes to: the current criterion, else (with a warning) the current outcome.</summary>
    private ContentDraft ContentHere(CellBlock block)
    {
        if (_current is not null)
        {
            return _current;
        }

        var outcome = _outcome ?? "0";
        var location = context.At(block);
        context.Diagnostics.Add(DiagnosticCatalog.UnplacedIndicativeContent, location, outcome);
        _current = _content.Find(c => c.CriterionId == outcome) ?? Add(new ContentDraft(outcome, location));
        return _current;
    }

    /// <summary>"AC2.2" or "LO5" when that is all the text says, or the text is outcome 5 repeated with its number (headings and bold markers), else null.</summary>
    private string? Marker(string text) => MarkerOnly(text) ?? RepeatedOutcome(text);

    private string? RepeatedOutcome(string text) =>
        UnitNumbering.RepeatedOutcome(MarkdownInline.ToPlainText(text), outcomeText) is { } id ? "LO" + id : null;

    private static string? MarkerOnly(string text)
    {
        var m = UnitNumbering.Marker().Match(MarkdownInline.ToPlainText(text).Trim().TrimEnd(':').Trim());
        if (!m.Success)
        {
            return null;
        }

        return m.Groups["ac"].Success ? "AC" + m.Groups["ac"].Value : "LO" + m.Groups["lo"].Value;
    }
}
