using System.Collections.Immutable;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// The front matter: the document heading, the preamble, and the metadata labels ("**Level:** Five
/// (5)", "Guided learning hours (GLH): 38", or a two-cell row "Level | 3"). A fact the unit does not
/// state is reported where the metadata ends, never left silently empty.
/// </summary>
internal sealed class FrontMatterReader(ImportContext context)
{
    private readonly List<LocatedText> _preamble = [];
    private readonly List<MetadataField> _other = [];
    private LocatedText? _heading;
    private (string Value, SourceLocation Location, string Label, LocatedText Text)? _ref;
    private LocatedText? _title;
    private Fact _level;
    private int? _entryStage;
    private Fact _credit;
    private Fact _hours;
    private SourceLocation? _firstLabel;
    private SourceLocation? _lastLabel;
    private bool _accepted;

    /// <summary>A number the unit states: absent, read, or stated but unreadable (already reported).</summary>
    private readonly record struct Fact(bool Stated, int? Value);

    /// <summary>Text the outcome table cannot place before its first criterion is kept here.</summary>
    public void AddPreamble(LocatedText text) => _preamble.Add(text);

    public void Accept(BlockText block)
    {
        // The document's heading is its first-level heading, or whatever heading opens the file
        // ("<h2>Understanding Mental Health Peer Support</h2>" from a learning platform's page).
        var first = !_accepted;
        _accepted |= block.Content.Any(b => b.Text.Value.Length > 0); // a line of tags only ("<html><head>") comes before nothing
        if (block.Kind == ExportBlockKind.Heading && (block.Block.HeadingLevel == 1 || first) && _heading is null)
        {
            _heading = block.Content.FirstOrDefault()?.Text ?? LocatedText.Empty;
            return;
        }

        if (block.Kind == ExportBlockKind.Row && block.Cells.Count > 1)
        {
            AcceptRow(block);
            return;
        }

        var paragraphs = block.Content.ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (i + 1 < paragraphs.Count && LabelAlone(paragraph) is { } label && LabelAlone(paragraphs[i + 1]) is null && MetadataLabels.Match(paragraphs[i + 1].Text.Value) is null)
            {
                Record(label, paragraphs[i + 1].Text, context.At(paragraph), context.At(paragraphs[i + 1]));
                i++;
                continue;
            }

            if (!TryReadMetadata(paragraph.Text, paragraph))
            {
                _preamble.Add(paragraph.Text);
            }
        }
    }

    public (UnitHeader Header, Preamble Preamble) Build()
    {
        var expectedAt = _lastLabel ?? context.FileLocation;
        Require(_level, "level", expectedAt);
        Require(_credit, "credit value", expectedAt);
        Require(_hours, "guided learning hours", expectedAt);

        // A unit with no title label is titled by its document heading ("# Planning and Delivering
        // Live Events" over "Unit reference: ..." lines), as the page that holds it is.
        var header = new UnitHeader(
            _ref?.Value ?? string.Empty,
            _title ?? (_heading is { Value.Length: > 0 } heading ? heading : LocatedText.Empty),
            _level.Value,
            _credit.Value,
            _hours.Value,
            [.. _other],
            _ref?.Location ?? _firstLabel ?? context.FileLocation)
        {
            EntryStage = _entryStage,
        };
        return (header, new Preamble(_heading ?? LocatedText.Empty, [.. _preamble]));
    }

    /// <summary>A row of the front matter: metadata as a two-column table, or content kept as preamble with one warning for the row.</summary>
    private void AcceptRow(BlockText row)
    {
        var cell = row.CellMarkdown(0).Trim();
        var label = row.CellText(0).Trim().TrimEnd(':').Trim();
        var value = row.Cells.Skip(1).SelectMany(c => c).Where(b => b.Kind != CellBlockKind.Rule).ToList();
        // Once the table has given known labels, a plain short label of its own ("<th>Unit aim</th>", set
        // neither bold nor with a colon) is one more, kept under unit.other rather than as preamble.
        var inMetadataTable = _lastLabel is not null && MetadataLabels.IsLabelWords(label);
        if (value.Count == 1 && (MetadataLabels.IsKnown(label) || MetadataLabels.IsRowLabel(cell) || inMetadataTable))
        {
            var labelBlock = row.Cells[0].First(b => b.Kind != CellBlockKind.Rule);
            Record(label, value[0].Text, context.At(labelBlock), context.At(value[0]));
            return;
        }

        context.Diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, context.At(row.Start), "table row", "preamble text");
        _preamble.AddRange(row.Content.Select(b => b.Text));
    }

    /// <summary>
    /// A paragraph that is a label alone, its value the paragraph after it, as a page laid out on a grid
    /// gives a fact ("&lt;div class=col-4&gt;&lt;strong&gt;Level&lt;/strong&gt;&lt;/div&gt;&lt;div class=col-8&gt;3&lt;/div&gt;"): a known
    /// label, or once known labels have been given, a short one set in bold or closed by a colon; else null.
    /// A label closed by its colon with nothing after it ("Level:&amp;nbsp;" in a Drupal field's label
    /// &lt;div&gt;, its value in the field's next &lt;div&gt;) is a label alone too: an empty value is no value.
    /// </summary>
    private string? LabelAlone(CellBlock paragraph)
    {
        if (paragraph.Kind != CellBlockKind.Paragraph
            || MetadataLabels.Match(paragraph.Text.Value) is { } line && !string.IsNullOrWhiteSpace(paragraph.Text.Value[line.ValueIndex..]))
        {
            return null;
        }

        var written = paragraph.Text.Value.Trim();
        var label = MarkdownInline.ToPlainText(written).Trim().TrimEnd(':').Trim();
        var marked = written.EndsWith(':') || MetadataLabels.IsRowLabel(written);
        return MetadataLabels.IsKnown(label) || (marked && _lastLabel is not null && MetadataLabels.IsLabelWords(label)) ? label : null;
    }

    private bool TryReadMetadata(LocatedText text, CellBlock paragraph)
    {
        if (MetadataLabels.Match(text.Value) is not { } line)
        {
            return false;
        }

        var raw = text.Value[line.ValueIndex..];
        var lead = raw.Length - raw.TrimStart().Length;
        var value = new LocatedText(raw.Trim(), text.Origin.Slice(line.ValueIndex + lead, Math.Max(raw.Trim().Length, 1)));
        var location = text.Origin.Locate(0) ?? context.At(paragraph);
        Record(line.Label, value, location, value.Origin.Locate(0) ?? location);
        return true;
    }

    private void Record(string label, LocatedText value, SourceLocation location, SourceLocation valueLocation)
    {
        _firstLabel ??= location;
        _lastLabel = location;
        switch (MetadataLabels.Classify(label))
        {
            case MetadataKind.Title when _title is not null:
            case MetadataKind.Level when _level.Stated:
            case MetadataKind.Credit when _credit.Stated:
            case MetadataKind.GuidedLearningHours when _hours.Stated:
                KeepAsOther(label, value, location, "the first");
                break;
            case MetadataKind.Title:
                _title = value;
                break;
            case MetadataKind.Reference:
                var reference = MarkdownInline.ToPlainText(value.Value).Trim();
                if (_ref is { } earlier)
                {
                    // "Unit code: BK3-02" and "Ofqual unit reference: K/618/2054": the one in Ofqual's shape is the unit's reference.
                    if (UnitRef.IsWellFormed(reference) && !UnitRef.IsWellFormed(earlier.Value))
                    {
                        _ref = (reference, valueLocation, label, value);
                        KeepAsOther(earlier.Label, earlier.Text, location, $"'{reference}'");
                    }
                    else
                    {
                        KeepAsOther(label, value, location, $"'{earlier.Value}'");
                    }

                    break;
                }

                _ref = (reference, valueLocation, label, value);
                break;
            case MetadataKind.Level when EntryLevelWords.TryRead(MetadataLabels.WithoutLabelWords(MetadataKind.Level, MarkdownInline.ToPlainText(value.Value)), out var stage):
                _level = new Fact(true, EntryLevel.Level);
                _entryStage = stage;
                break;
            case MetadataKind.Level:
                _level = ReadNumber(value, "level", valueLocation, MetadataKind.Level);
                break;
            case MetadataKind.Credit:
                _credit = ReadNumber(value, "credit value", valueLocation, MetadataKind.Credit);
                break;
            case MetadataKind.GuidedLearningHours:
                _hours = ReadNumber(value, "guided learning hours", valueLocation, MetadataKind.GuidedLearningHours);
                break;
            default:
                context.Diagnostics.Add(DiagnosticCatalog.UnknownMetadataLabel, location, label);
                _other.Add(new MetadataField(label, value));
                break;
        }
    }

    /// <summary>A fact the unit states a second time: kept as written under unit.other, never dropped.</summary>
    private void KeepAsOther(string label, LocatedText value, SourceLocation location, string kept)
    {
        context.Diagnostics.Add(DiagnosticCatalog.RepeatedMetadata, location, label, kept);
        _other.Add(new MetadataField(label, value));
    }

    private Fact ReadNumber(LocatedText value, string field, SourceLocation location, MetadataKind kind)
    {
        var plain = MetadataLabels.WithoutLabelWords(kind, MarkdownInline.ToPlainText(value.Value));

        switch (NumberWords.Read(plain, out var number, out var words, out var digits))
        {
            case NumberReading.Number:
                return new Fact(true, number);
            case NumberReading.Disagree:
                context.Diagnostics.Add(DiagnosticCatalog.NumberMismatch, location, plain, words, digits);
                return new Fact(true, digits);
            default:
                context.Diagnostics.Add(DiagnosticCatalog.UnreadableNumber, location, plain, field);
                return new Fact(true, null);
        }
    }

    private void Require(Fact fact, string field, SourceLocation expectedAt)
    {
        if (!fact.Stated)
        {
            context.Diagnostics.Add(DiagnosticCatalog.MissingMetadata, expectedAt, field);
        }
    }
}
