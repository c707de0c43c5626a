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
    private bool _isTerm;
    private int _blockStart = -1;
    private bool _pendingSpace;
    private int _pendingSpaceOffset;
    private int _depth;
    private bool _reportedDepth;
    private string? _skipTag;
    private int _markdownBoldCloseAt = -1;
    private int _underscoreCloseAt = -1;
    private IReadOnlyList<SourceSegment> _segments = [];
    private int _segmentIndex;
    private readonly Stack<(int At, string Marker)> _openMarkers = new();

    /// <summary>What each open &lt;span&gt; did: the emphasis marker its style asked for, or null.</summary>
    private readonly Stack<string?> _spans = new();

    // Word's list marker span ("mso-list:Ignore"), while open: how many spans were open with it, and where its text starts.
    private (int Spans, int At)? _listMarker;

    // The links open here, in nesting order: where each one's text starts, and its target (null for an <a> with no usable href).
    private readonly Stack<(int At, string? Target)> _links = new();

    /// <summary>The numbering style of each open list: 'a', 'i', '1'..., or '\0' for a bulleted list.</summary>
    private readonly Stack<char> _lists = new();
    private char _itemStyle;

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
        var reader = new HtmlCellReader(source, diagnostics, textIsMarkdown) { _segments = segments };
        for (var s = 0; s < segments.Count; s++)
        {
            reader._segmentIndex = s;
            reader.Scan(segments[s]);
            reader.Whitespace(segments[s].End);
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

            if (c == '\\' && _textIsMarkdown && text.AsSpan(i + 1, segment.End - i - 1).IsWhiteSpace())
            {
                // CommonMark's hard line break ("**Unit title:** Assemble ...\" then the next label): a line break, not a character.
                Whitespace(i);
                i++;
                continue;
            }

            if (c == '_' && _textIsMarkdown && (_underscoreCloseAt == i || UnderscoreItalicClose(segment, i) is > 0 and var close && (_underscoreCloseAt = close) > 0))
            {
                // Markdown's underscore italics ("**_British National Formulary_ (BNF):**"), written as the spec writes italics.
                if (_underscoreCloseAt == i)
                {
                    _underscoreCloseAt = -1;
                }

                Character('*', i);
                i++;
                continue;
            }

            if (c == '*' && !_textIsMarkdown && TryMarkdownBold(segment, i))
            {
                i += 2;
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

    /// <summary>
    /// For a "_" at <paramref name="i"/> that opens Markdown's underscore italics, where its closing "_" is in the
    /// segment; else -1. As CommonMark reads them, the opening "_" follows a space or punctuation and comes before a
    /// word, the closing one ends a word and comes before a space or punctuation, so "snake_case" is characters;
    /// so is any "_" of an address ("https://x.org/_a_/", a link's "(...)" target). "__" (strong) is left as written.
    /// </summary>
    private int UnderscoreItalicClose(SourceSegment segment, int i)
    {
        var text = _source.Text;
        if (_underscoreCloseAt >= 0 || i + 1 >= segment.End || !(i == segment.Start || OpensEmphasisAfter(text[i - 1]))
            || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '_' || InAddress(segment, i))
        {
            return -1;
        }

        for (var j = i + 2; j < segment.End; j++)
        {
            if (text[j] == '_' && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] != '_' && (j + 1 == segment.End || ClosesEmphasisBefore(text[j + 1])))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A space, or punctuation ("(", "*", the ";" of "&amp;nbsp;"), other than the "/" and "_" addresses and names are made of.</summary>
    private static bool OpensEmphasisAfter(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) && c is not ('/' or '_');

    private static bool ClosesEmphasisBefore(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) && c is not ('/' or '_');

    /// <summary>True when <paramref name="i"/> is inside a web address: a word holding "://", or a Markdown link's "](...)" target.</summary>
    private bool InAddress(SourceSegment segment, int i)
    {
        var text = _source.Text.AsSpan(segment.Start, segment.End - segment.Start);
        var at = i - segment.Start;
        var start = text[..at].LastIndexOfAny(' ', '\t') + 1;
        var end = text[at..].IndexOfAny(' ', '\t') is var space and >= 0 ? at + space : text.Length;
        if (text[start..end].Contains("://", StringComparison.Ordinal))
        {
            return true;
        }

        var target = text[..at].LastIndexOf("](", StringComparison.Ordinal);
        return target >= 0 && text[target..at].IndexOf(')') < 0;
    }

    /// <summary>
    /// "**term**" typed into an HTML cell by a writer who thinks in Markdown is bold, as it reads: a
    /// pair of double stars hugging words, in this cell (a physical line may break between them), with
    /// no tag between. Any other star is a literal character.
    /// </summary>
    private bool TryMarkdownBold(SourceSegment segment, int i)
    {
        var text = _source.Text;
        if (_markdownBoldCloseAt == i)
        {
            _markdownBoldCloseAt = -1;
            Emphasis("**", close: true, i);
            return true;
        }

        if (_markdownBoldCloseAt >= 0 || i + 2 >= segment.End || text[i + 1] != '*' || char.IsWhiteSpace(text[i + 2]) || text[i + 2] == '*')
        {
            return false;
        }

        for (var s = _segmentIndex; s < _segments.Count; s++)
        {
            var from = s == _segmentIndex ? i + 2 : _segments[s].Start;
            var run = text.AsSpan(from, _segments[s].End - from);
            var close = run.IndexOf("**");
            var tag = run.IndexOfAny('<', '>');
            if (tag >= 0 && (close < 0 || tag < close))
            {
                return false;
            }

            if (close >= 0)
            {
                if (char.IsWhiteSpace(text[from + close - 1]))
                {
                    return false;
                }

                _markdownBoldCloseAt = from + close;
                Emphasis("**", close: false, i);
                return true;
            }
        }

        return false;
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
            case "title" when !tag.IsClose && !tag.IsSelfClosing:
                _skipTag = tag.Name; // a saved page's name for the browser's tab (Evernote's "PM4 Principles ..."), not a word of the page
                break;
            case "caption" or "figcaption" when !tag.IsClose && !tag.IsSelfClosing:
                // A table's title ("Learning outcomes and assessment criteria") is the export's
                // layout, as a caption row spanning the table is: not a word of any cell.
                EndBlock();
                _skipTag = tag.Name;
                break;
            case "p" or "div" when !tag.IsClose && _kind == CellBlockKind.ListItem && _current.Length == 0:
                break; // "<li><p>the chain brake</p></li>" (LibreOffice, Google Docs): the paragraph is the item's text
            case "dt":
                EndBlock();
                _isTerm = !tag.IsClose && !tag.IsSelfClosing; // a definition list's term; its <dd> is the definition
                break;
            case "br" when _openMarkers.Count > 0:
                Whitespace(offset); // "<b>primal<br>cuts</b>": a line break inside a bold term is a space in the term, not a new line
                break;
            case "p" or "div" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "td" or "th" or "tr" or "table" or "blockquote" or "br" or "dl" or "dd":
                EndBlock();
                break;
            case "ul" or "ol":
                EndBlock();
                if (tag.IsClose)
                {
                    _lists.TryPop(out _);
                }
                else if (!tag.IsSelfClosing)
                {
                    _lists.Push(tag.Name == "ol" ? ListStyle(tag) : '\0');
                }

                break;
            case "li":
                EndBlock();
                if (!tag.IsClose)
                {
                    _kind = CellBlockKind.ListItem;
                    _itemStyle = _lists.TryPeek(out var style) ? style : '\0';
                }

                break;
            case "span" when tag.IsClose:
                if (_listMarker is { } listMarker && listMarker.Spans == _spans.Count)
                {
                    _listMarker = null;
                    BulletGlyph(listMarker.At, offset);
                }

                if (_spans.TryPop(out var marker) && marker is not null)
                {
                    Emphasis(marker, close: true, offset);
                }

                break;
            case "span" when !tag.IsSelfClosing:
                // Word's HTML says bold and italic with a style rather than a tag.
                var emphasis = SpanEmphasis(tag);
                _spans.Push(emphasis);
                if (emphasis is not null)
                {
                    Emphasis(emphasis, close: false, offset);
                }

                if (_listMarker is null && IsListMarkerSpan(tag))
                {
                    _listMarker = (_spans.Count, _current.Length);
                }

                break;
            case "hr":
                EndBlock();
                _blocks.Add(new CellBlock(CellBlockKind.Rule, LocatedText.Empty, offset));
                break;
            case "b" or "strong":
                Emphasis("**", tag.IsClose, offset);
                break;
            case "a" when !tag.IsClose && !tag.IsSelfClosing:
                // A link keeps its target, as Markdown's [text](url): the address is part of what the writer wrote.
                var href = LinkTarget(tag.Attribute("href"));
                if (href is not null)
                {
                    if (_blockStart < 0)
                    {
                        _blockStart = offset;
                    }

                    FlushSpace();
                    _current.Append('[', offset);
                }

                _links.Push((_current.Length, href));
                break;
            case "a" when tag.IsClose:
                if (_links.TryPop(out var link) && link.Target is not null)
                {
                    if (_current.Length == link.At)
                    {
                        _current.Truncate(link.At - 1); // a link with no text: nothing to show, nothing to keep
                    }
                    else
                    {
                        _current.Append("](" + link.Target + ")", offset);
                    }
                }

                break;
            case "i" or "em":
                Emphasis("*", tag.IsClose, offset);
                break;
        }
    }

    /// <summary>
    /// Word (and WPS, which saves as Word) writes a list paragraph's marker in a span styled
    /// "mso-list:Ignore": a number ("a)", "1.") as text, a bullet as one glyph of a symbol font, which
    /// is no bullet as a character ("&#167;" in Wingdings draws a square, "&#216;" an arrow, "o" in
    /// Courier New a circle). One character there is a bullet, whatever the font maps it to, so it
    /// is read as "•"; a number is left as written.
    /// </summary>
    private void BulletGlyph(int at, int offset)
    {
        var glyph = new System.Text.StringBuilder();
        for (var i = at; i < _current.Length; i++)
        {
            if (_current[i] != '\\' && !char.IsWhiteSpace(_current[i]))
            {
                glyph.Append(_current[i]);
            }
        }

        if (glyph.Length == 1 && glyph[0] != '\u2022')
        {
            _current.Truncate(at);
            _current.Append('\u2022', offset);
        }
    }

    /// <summary>A span whose style holds "mso-list:Ignore": Word's list marker, which a browser shows and an editor regenerates.</summary>
    private static bool IsListMarkerSpan(HtmlTag tag) =>
        tag.Attribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("mso-list:ignore", StringComparison.OrdinalIgnoreCase) == true;

    private void Emphasis(string marker, bool close, int offset)
    {
        if (!close)
        {
            if (_blockStart < 0)
            {
                _blockStart = offset;
            }

            if (_openMarkers.Any(m => m.Marker == marker))
            {
                // Bold inside bold ("<span style='font-weight:bold'><b>Unit title:</b></span>", Zoho Writer): one
                // span, not "****"; the inner pair writes nothing.
                _openMarkers.Push((_current.Length, string.Empty));
                return;
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
                _blocks.Add(new CellBlock(_kind, text, _blockStart) { ListStyle = _kind == CellBlockKind.ListItem ? _itemStyle : '\0', IsTerm = _isTerm });
            }
        }

        _current.Clear();
        _kind = CellBlockKind.Paragraph;
        _isTerm = false;
        _itemStyle = '\0';
        _blockStart = -1;
    }

    /// <summary>An href a Markdown link can carry (web, mail or relative), spaces and brackets escaped; null for none or a script.</summary>
    private static string? LinkTarget(string? href)
    {
        var target = href?.Trim();
        if (string.IsNullOrEmpty(target) || target.StartsWith('#') || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return WebUtility.HtmlDecode(target).Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    private static bool IsVoid(string name) => name is "br" or "hr" or "img" or "input" or "meta" or "link" or "wbr" or "col" or "area" or "base" or "source";

    private bool TryReadTag(SourceSegment segment, int start, out HtmlTag tag)
    {
        tag = default;
        var text = _source.Text;
        var i = start + 1;
        if (i < segment.End && text[i] == '!')
        {
            // A comment or Word's conditional markup ("<!-- ... -->", "<![if !supportLists]>", "<![endif]>"): no text, no structure.
            var comment = i + 2 < segment.End && text[i + 1] == '-' && text[i + 2] == '-';
            var end = comment ? text.IndexOf("-->", i + 3, segment.End - i - 3, StringComparison.Ordinal) : text.IndexOf('>', i, segment.End - i);
            if (end < 0)
            {
                return false;
            }

            tag = new HtmlTag("!", IsClose: false, IsSelfClosing: true, end + (comment ? 3 : 1), ReadOnlyMemory<char>.Empty);
            return true;
        }

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
                tag = new HtmlTag(name, isClose, text[i - 1] == '/', i + 1, text.AsMemory(nameStart + name.Length, i - nameStart - name.Length));
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
        var semicolon = NameEnd(segment, start + 1);

        if (semicolon > start + 1)
        {
            var entity = text[start..(semicolon + 1)];
            var value = WebUtility.HtmlDecode(entity);
            if (value.Length == 1 && entity[1] == '#')
            {
                value = Windows1252.FromC1Control(value[0]).ToString(); // "&#146;" is ’, as browsers read it
            }

            if (value == "&" && DoubleEscapedAfter(segment, semicolon + 1) is var (again, againEnd))
            {
                (value, semicolon) = (again, againEnd - 1);
            }

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

    /// <summary>After "&amp;amp;", an entity's name and ";" escaped a second time ("&amp;amp;rsquo;"): its character and where it ends.</summary>
    private (string Value, int End)? DoubleEscapedAfter(SourceSegment segment, int from) =>
        NameEnd(segment, from) is var semicolon && semicolon > from
        && DoubleEscape.Undo(_source.Text.AsSpan(from, semicolon + 1 - from)) is { } value && IsAllowedCharacter(value) ? (value, semicolon + 1) : null;

    /// <summary>The ";" that ends an entity's name ("rsquo", "#8217") starting at <paramref name="from"/>, within 32 characters and the segment; -1 for none.</summary>
    private int NameEnd(SourceSegment segment, int from)
    {
        var text = _source.Text;
        var limit = Math.Min(segment.End, from + 32);
        for (var i = from; i < limit; i++)
        {
            if (text[i] == ';')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#'))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly (string Name, string Value)[] LegacyEntities =
    [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("nbsp", "\u00A0"),
    ];

    /// <summary>NUL and other control characters decoded from entities are dropped as HTML does.</summary>
    private static bool IsAllowedCharacter(string value) => !value.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c));

    /// <summary>The numbering an &lt;ol&gt; asks for with its type attribute: 'a', 'A', 'i', 'I' or '1' (the default).</summary>
    private static char ListStyle(HtmlTag tag) =>
        tag.Attribute("type") is { Length: 1 } type && type[0] is 'a' or 'A' or 'i' or 'I' or '1' ? type[0] : '1';

    /// <summary>"**" for a span styled bold (font-weight bold or 600 and over), "*" for one styled italic, else null.</summary>
    private static string? SpanEmphasis(HtmlTag tag)
    {
        var style = tag.Attribute("style")?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (style is null)
        {
            return null;
        }

        if (style.Contains("font-weight:bold", StringComparison.Ordinal) || style.Contains("font-weight:bolder", StringComparison.Ordinal)
            || style.Contains("font-weight:600", StringComparison.Ordinal) || style.Contains("font-weight:700", StringComparison.Ordinal)
            || style.Contains("font-weight:800", StringComparison.Ordinal) || style.Contains("font-weight:900", StringComparison.Ordinal))
        {
            return "**";
        }

        return style.Contains("font-style:italic", StringComparison.Ordinal) ? "*" : null;
    }

    /// <summary>A tag as read: its lower-case name, whether it closes or closes itself, where it ends, and the raw text between its name and its "&gt;".</summary>
    private readonly record struct HtmlTag(string Name, bool IsClose, bool IsSelfClosing, int End, ReadOnlyMemory<char> Attributes)
    {
        /// <summary>The value of an attribute (quoted or not), or null.</summary>
        public string? Attribute(string name)
        {
            var at = 0;
            var attributes = Attributes.Span;
            while (at < attributes.Length && attributes[at..].IndexOf(name, StringComparison.OrdinalIgnoreCase) is var found and >= 0)
            {
                at += found;
                var before = at == 0 ? ' ' : attributes[at - 1];
                var rest = attributes[(at + name.Length)..].TrimStart();
                at += name.Length;
                if (!char.IsWhiteSpace(before) || rest.IsEmpty || rest[0] != '=')
                {
                    continue;
                }

                rest = rest[1..].TrimStart();
                if (rest.Length > 0 && rest[0] is '"' or '\'')
                {
                    var end = rest[1..].IndexOf(rest[0]);
                    return (end < 0 ? rest[1..] : rest[1..(end + 1)]).ToString();
                }

                var stop = rest.IndexOfAny(' ', '/', '>');
                return (stop < 0 ? rest : rest[..stop]).ToString();
            }

            return null;
        }
    }
}
