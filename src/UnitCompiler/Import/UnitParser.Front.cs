using System.Collections.Immutable;
using System.Text.RegularExpressions;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

// The front matter: the document heading, the preamble and the metadata labels.
internal sealed partial class UnitParser
{
    private readonly List<LocatedText> _front = [];
    private readonly List<MetadataField> _otherMetadata = [];
    private LocatedText? _heading;
    private (string Value, SourceLocation Location)? _ref;
    private LocatedText? _title;
    private int? _level;
    private int? _credit;
    private int? _glh;
    private SourceLocation? _headerLocation;

    private void AcceptFront(ExportBlock block)
    {
        foreach (var paragraph in ReadMarkdown(block))
        {
            if (block.Kind == ExportBlockKind.Paragraph && TryReadMetadata(paragraph))
            {
                continue;
            }

            if (block.Kind == ExportBlockKind.Row)
            {
                _diagnostics.Add(DiagnosticCatalog.UnrecognisedContent, At(block.Start), "table row", "preamble text");
            }

            _front.Add(paragraph.Text);
        }
    }

    private bool TryReadMetadata(CellBlock paragraph)
    {
        var match = MetadataLabel().Match(paragraph.Text.Value);
        if (!match.Success)
        {
            return false;
        }

        var labelGroup = match.Groups["label"];
        var valueGroup = match.Groups["value"];
        var label = labelGroup.Value.Trim();
        var value = new LocatedText(valueGroup.Value.Trim(), paragraph.Text.Origin.Slice(valueGroup.Index, Math.Max(valueGroup.Length, 1)));
        var location = paragraph.Text.Origin.Locate(0) ?? At(paragraph.SourceOffset);
        var valueLocation = value.Origin.Locate(0) ?? location;
        _headerLocation ??= location;

        switch (MetadataLabels.Classify(label))
        {
            case MetadataKind.Title:
                _title = value;
                break;
            case MetadataKind.Reference:
                _ref = (MarkdownInline.ToPlainText(value.Value).Trim(), valueLocation);
                break;
            case MetadataKind.Level:
                _level = ReadNumber(value, label, valueLocation);
                break;
            case MetadataKind.Credit:
                _credit = ReadNumber(value, label, valueLocation);
                break;
            case MetadataKind.GuidedLearningHours:
                _glh = ReadNumber(value, label, valueLocation);
                break;
            default:
                _diagnostics.Add(DiagnosticCatalog.UnknownMetadataLabel, location, label);
                _otherMetadata.Add(new MetadataField(label, value));
                break;
        }

        return true;
    }

    private int? ReadNumber(LocatedText value, string label, SourceLocation location)
    {
        var plain = MarkdownInline.ToPlainText(value.Value);
        switch (NumberWords.Read(plain, out var number, out var words, out var digits))
        {
            case NumberReading.Number:
                return number;
            case NumberReading.Disagree:
                _diagnostics.Add(DiagnosticCatalog.NumberMismatch, location, plain, words, digits);
                return digits;
            default:
                _diagnostics.Add(DiagnosticCatalog.UnreadableNumber, location, plain, label.ToLowerInvariant());
                return null;
        }
    }

    private UnitHeader BuildHeader()
    {
        return new UnitHeader(
            _ref?.Value ?? string.Empty,
            _title ?? LocatedText.Empty,
            _level,
            _credit,
            _glh,
            [.. _otherMetadata],
            _ref?.Location ?? _headerLocation ?? SourceLocation.File(_source.Path));
    }

    // "**Label:** value" and "**Label**: value"; the label stays inside the bold either way.
    [GeneratedRegex(@"^\*\*\s*(?<label>[^*:\n]{1,80}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?<value>.*)$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex MetadataLabel();
}
