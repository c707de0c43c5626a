using System.Net;
using UnitCompiler.Diagnostics;
using UnitCompiler.Model;
using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>
/// Reads the HTML of an export cell (or a Markdown paragraph that may hold inline HTML) into blocks
/// of Markdown inline text. It is a single forward scan with no recursion, so hostile nesting costs
/// linear time; bold and italic become <c>**</c> and <c>*</c>, entities are decoded, white space is
/// folded as a browser would, and layout characters (no-break spaces, soft hyphens) are normalised.
/// </summary>
internal sealed class HtmlCellReader
{
    /// <summary>Deeper than any real export; beyond it the cell is reported rather than read.</summary>
    public const int MaxNesting = 64;

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _textIsMarkdown;
    private readonly List<CellBlock> _blocks = [];
    private readonly MappedTextBuilder _current = new();
    private CellBlockKind _kind = CellBlockKind.Paragraph;
    private int _blockStart = -1;
    private bool _pendingSpace;
    private int _pendingSpaceOffset;
    private int _depth;
    private bool _reportedDepth;
    private string? _skipTag;
    private readonly Stack<(int At, string Marker)> _openMarkers = new();

    private HtmlCellReader(SourceText source, DiagnosticBag diagnostics, bool textIsMarkdown)
    {
        _source = source;
        _diagnostics = diagnostics;
        _textIsMarkdown = textIsMarkdown;
    }

    /// <param name="source">The file the segments point into.</param>
    /// <param name="segments">The cell's runs of source, read as one run separated by spaces.</param>
    /// <param name="diagnostics">Where nesting problems go.</param>
    /// <param name="textIsMarkdown">
    /// True for Markdown lines: "*" and "_" there are already syntax and are kept; in HTML cells they
    /// are literal characters and are escaped.
    /// </param>
    public static IReadOnlyList<CellBlock> Read(SourceText source, IReadOnlyList<SourceSegment> segments, DiagnosticBag diagnostics, bool textIsMarkdown = false)
    {
        var reader = new HtmlCellReader(source, diagnostics, textIsMarkdown);
        foreach (var segment in segments)
        {
            reader.Scan(segment);
            reader.Whitespace(segment.End);
        }

        reader.EndBlock();
        return reader._blocks;
    }

    private void Scan(SourceSegment segment)
    {
        var text = _source.Text;
        var i = segment.Start;
        while (i < segment.End)
        {
            var c = text[i];
            if (c == '<' && TryReadTag(segment, i, out var tag))
            {
                OnTag(tag, i);
                i = tag.End;
                continue;
            }

            if (_skipTag is not null)
            {
                i++;
                continue;
            }

            if (c == '&' && TryReadEntity(segment, i, out var decoded, out var end))
            {
                foreach (var d in decoded)
                {
                    Character(d, i);
                }

                i = end;
                continue;
            }

            Character(c, i);
            i++;
        }
    }

    private void Character(char c, int offset)
    {
        switch (c)
        {
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                return; // soft hyphen and zero-width marks: layout, not text
            case '\u2011':
                c = '-'; // non-breaking hyphen is a hyphen to every reader and to matching
                break;
        }

        if (char.IsWhiteSpace(c))
        {
            Whitespace(offset);
            return;
        }

        if (_blockStart < 0)
        {
            _blockStart = offset;
        }

        FlushSpace();
        if (!_textIsMarkdown && MarkdownInline.NeedsEscape(c))
        {
            _current.Append('\\', offset);
        }

        _current.Append(c, offset);
    }

    private void Whitespace(int offset)
    {
        if (_current.Length > 0 && !_pendingSpace && !_current.EndsWith(' '))
        {
            _pendingSpace = true;
            _pendingSpaceOffset = offset;
        }
    }

    private void FlushSpace()
    {
        if (_pendingSpace)
        {
            _current.Append(' ', _pendingSpaceOffset);
            _pendingSpace = false;
        }
    }

    private void OnTag(HtmlTag tag, int offset)
    {
        if (_skipTag is not null)
        {
            if (tag.IsClose && tag.Name == _skipTag)
            {
                _skipTag = null;
            }

            return;
        }

        if (!tag.IsClose && !tag.IsSelfClosing && !IsVoid(tag.Name))
        {
            _depth++;
            if (_depth > MaxNesting && !_reportedDepth)
            {
                _reportedDepth = true;
                _diagnostics.Add(DiagnosticCatalog.NestingTooDeep, _source.Location(offset), MaxNesting);
            }
        }
        else if (tag.IsClose)
        {
            _depth = Math.Max(0, _depth - 1);
        }

        switch (tag.Name)
        {
            case "script" or "style" or "template" when !tag.IsClose && !tag.IsSelfClosing:
                _skipTag = tag.Name; // never text, and never to be copied into a document
                break;
            case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "td" or "th" or "tr" or "table" or "blockquote" or "br" or "ul" or "ol":
                EndBlock();
                break;
            case "li":
                EndBlock();
                if (!tag.IsClose)
                {
                    _kind = CellBlockKind.ListItem;
                }

                break;
            case "hr":
                EndBlock();
                _blocks.Add(new CellBlock(CellBlockKind.Rule, LocatedText.Empty, offset));
                break;
            case "b" or "strong":
                Emphasis("**", tag.IsClose, offset);
                break;
            case "i" or "em":
                Emphasis("*", tag.IsClose, offset);
                break;
        }
    }

    private void Emphasis(string marker, bool close, int offset)
    {
        if (!close)
        {
            if (_blockStart < 0)
            {
                _blockStart = offset;
            }

            FlushSpace();
            _openMarkers.Push((_current.Length, marker));
            _current.Append(marker, offset);
            return;
        }

        if (!_openMarkers.TryPop(out var open))
        {
            return; // a stray closing tag has nothing to close
        }

        if (_current.Length == open.At + open.Marker.Length)
        {
            // <b></b> or <b> </b>: an empty span would print as literal stars.
            _current.Truncate(open.At);
            return;
        }

        // A pending space stays pending: it belongs after the marker, or Markdown would not close the span.
        _current.Append(open.Marker, offset);
    }

    private void EndBlock()
    {
        // Markers left open by a missing </b> are closed here, so no "**" dangles into the spec.
        while (_openMarkers.TryPop(out var open))
        {
            if (_current.Length == open.At + open.Marker.Length)
            {
                _current.Truncate(open.At);
            }
            else
            {
                _current.Append(open.Marker, _blockStart);
            }
        }

        _pendingSpace = false;
        if (_current.Length > 0)
        {
            var text = _current.ToLocatedText(_source);
            if (text.Value.Length > 0)
            {
                _blocks.Add(new CellBlock(_kind, text, _blockStart));
            }
        }

        _current.Clear();
        _kind = CellBlockKind.Paragraph;
        _blockStart = -1;
    }

    private static bool IsVoid(string name) => name is "br" or "hr" or "img" or "input" or "meta" or "link" or "wbr" or "col" or "area" or "base" or "source";

    private bool TryReadTag(SourceSegment segment, int start, out HtmlTag tag)
    {
        tag = default;
        var text = _source.Text;
        var i = start + 1;
        var isClose = i < segment.End && text[i] == '/';
        if (isClose)
        {
            i++;
        }

        var nameStart = i;
        while (i < segment.End && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(text[nameStart]))
        {
            return false;
        }

        var name = text[nameStart..i].ToLowerInvariant();
        var quote = '\0';
        for (; i < segment.End; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '<')
            {
                return false;
            }
            else if (c == '>')
            {
                tag = new HtmlTag(name, isClose, text[i - 1] == '/', i + 1);
                return true;
            }
        }

        return false;
    }

    private bool TryReadEntity(SourceSegment segment, int start, out string decoded, out int end)
    {
        var text = _source.Text;
        decoded = string.Empty;
        end = start;
        var limit = Math.Min(segment.End, start + 33);
        var semicolon = -1;
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ';')
            {
                semicolon = i;
                break;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c == '#'))
            {
                break;
            }
        }

        if (semicolon > start + 1)
        {
            var entity = text[start..(semicolon + 1)];
            var value = WebUtility.HtmlDecode(entity);
            if (value != entity && IsAllowedCharacter(value))
            {
                decoded = value;
                end = semicolon + 1;
                return true;
            }

            return false;
        }

        // HTML reads a few legacy entities without their semicolon; so do browsers, so do we.
        foreach (var (name, value) in LegacyEntities)
        {
            if (string.CompareOrdinal(text, start + 1, name, 0, name.Length) == 0 && start + 1 + name.Length <= segment.End)
            {
                decoded = value;
                end = start + 1 + name.Length;
                return true;
            }
        }

        return false;
    }

    private static readonly (string Name, string Value)[] LegacyEntities =
    [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("nbsp", "\u00A0"),
    ];

    /// <summary>NUL and other control characters decoded from entities are dropped as HTML does.</summary>
    private static bool IsAllowedCharacter(string value) => !value.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c));

    private readonly record struct HtmlTag(string Name, bool IsClose, bool IsSelfClosing, int End);
}
