using System.Buffers;
using System.Text;
using UnitCompiler.IO;
using UnitCompiler.Text;
using YamlDotNet.Core;

namespace UnitCompiler.Yaml;

/// <summary>
/// Reads the subset of YAML that unitc's own writers produce (block mappings of plain keys, block
/// sequences, one-line plain, single- and double-quoted scalars, one-line flow sequences of
/// scalars, <c>[]</c> and <c>{}</c>, comments) straight from the text, into the same
/// <see cref="YamlNode"/> tree with the same positions and origins that <see cref="YamlTreeReader"/>
/// builds from YamlDotNet's events. YamlDotNet's scanner was most of a spec's reading time.
/// Anything outside the subset, or anything that might be an error, returns null, and the caller
/// hands the whole file to YamlDotNet: errors and their positions are only ever YamlDotNet's.
/// </summary>
internal sealed class CanonicalYamlReader
{
    // Characters YamlDotNet treats as line breaks or end of input, the BOM, and control characters:
    // a file holding any of them is left to YamlDotNet. Tabs (which the emitter leaves in quoted
    // scalars) are read only inside quotes; anywhere else they touch YAML's indentation rules.
    // ASCII ones in one set (a vectorised bitmap), the rest by range: one set of both kinds is a
    // slower probabilistic search, which was 3% of lint's time.
    private static readonly SearchValues<char> UnusualAscii = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    // What ends a plain scalar inside [ ], and what the subset refuses inside one (':' and '#'
    // change meaning there in ways YamlDotNet and the YAML versions disagree on).
    private static readonly SearchValues<char> FlowPlainStop = SearchValues.Create(",[]{}:#\t\r\n");

    // Keys repeat in every outcome and criterion: one string per key per thread, kept in a small
    // direct-mapped cache (a dictionary's lookup by span hashed each key, 2% of lint).
    [ThreadStatic]
    private static string?[]? t_keys;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly InputLimits _limits;
    private int _pos;
    private int _nodes;

    // YamlDotNet's scanner drops the ':' a plain scalar starts with when a flow collection or a
    // quoted scalar inside one came before it, with no plain scalar between: its three flags, kept
    // here so that such a scalar is left to it.
    private bool _flowScalarFetched;
    private bool _flowCollectionFetched;
    private bool _startFlowCollectionFetched;

    private CanonicalYamlReader(SourceText source, InputLimits limits)
    {
        _source = source;
        _text = source.Text;
        _limits = limits;
    }

    /// <summary>The tree, or null when the text is not in the subset (the caller then uses YamlDotNet).</summary>
    public static YamlNode? TryRead(SourceText source, InputLimits limits) => TryRead(source, limits, out _);

    /// <summary>As <see cref="TryRead(SourceText, InputLimits)"/>, with the offset where the subset was left (-1 for a character check).</summary>
    internal static YamlNode? TryRead(SourceText source, InputLimits limits, out int leftAt)
    {
        leftAt = -1;
        if (!PlainCharacters(source.Text))
        {
            return null;
        }

        var reader = new CanonicalYamlReader(source, limits);
        try
        {
            return reader.ReadDocument();
        }
        catch (NotCanonicalException)
        {
            leftAt = Math.Min(reader._pos, source.Length);
            return null;
        }
    }

    private static bool PlainCharacters(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(UnusualAscii) || span.ContainsAnyInRange('\u0080', '\u009F') || span.ContainsAny('\u2028', '\u2029', '\uFEFF') || span.ContainsAny('\uFFFE', '\uFFFF'))
        {
            return false;
        }

        // '\r' only as part of "\r\n"; surrogates only in pairs.
        for (var i = span.IndexOf('\r'); i >= 0; i = NextIndex(span, i, '\r'))
        {
            if (i + 1 >= span.Length || span[i + 1] != '\n')
            {
                return false;
            }
        }

        for (var i = span.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0; i = NextSurrogate(span, i))
        {
            if (!char.IsHighSurrogate(span[i]) || i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static int NextIndex(ReadOnlySpan<char> span, int i, char c)
    {
        var next = span[(i + 1)..].IndexOf(c);
        return next < 0 ? -1 : i + 1 + next;
    }

    private static int NextSurrogate(ReadOnlySpan<char> span, int i)
    {
        var next = span[(i + 1)..].IndexOfAnyInRange('\uD800', '\uDFFF');
        return next < 0 ? -1 : i + 1 + next;
    }

    private YamlNode ReadDocument()
    {
        var indent = SkipToContent();
        if (indent != 0)
        {
            throw Fail(); // empty, or a root that does not start the line
        }

        var root = ReadBlock(0, depth: 0);
        if (_pos < _text.Length || _nodes > _limits.MaxYamlNodes)
        {
            throw Fail();
        }

        return root;
    }

    /// <summary>A block mapping or sequence whose first line starts at <see cref="_pos"/>, in column <paramref name="indent"/>.</summary>
    private YamlNode ReadBlock(int indent, int depth)
    {
        Enter(depth);
        return IsBlockEntry(_pos) ? ReadSequence(indent, depth) : ReadMapping(indent, depth);
    }

    private YamlMapping ReadMapping(int indent, int depth)
    {
        var start = _pos;
        var entries = new List<(YamlScalar, YamlNode)>();
        while (true)
        {
            var key = ReadKey(depth + 1);
            YamlNode value;
            if (AtLineEnd())
            {
                // The value is the block on the lines below, further in; an empty value or an
                // unindented sequence is left to YamlDotNet.
                var inner = NextContentLine();
                if (inner <= indent)
                {
                    throw Fail();
                }

                value = ReadBlock(inner, depth + 1);
            }
            else
            {
                value = ReadInline(depth + 1);
                EndLine();
                NextContentLine();
            }

            entries.Add((key, value));
            var next = Column();
            if (next < indent)
            {
                break;
            }

            if (next > indent || IsBlockEntry(_pos))
            {
                throw Fail();
            }
        }

        _nodes++;
        return new YamlMapping(start, entries);
    }

    private YamlSequence ReadSequence(int indent, int depth)
    {
        var start = _pos;
        var items = new List<YamlNode>();
        while (true)
        {
            _pos++; // the '-'
            SkipSpaces();
            if (AtLineEnd())
            {
                throw Fail(); // an item on the lines below
            }

            if (KeyLength(_pos) > 0)
            {
                var column = _pos - LineStart(_pos);
                Enter(depth + 1);
                items.Add(ReadMapping(column, depth + 1));
            }
            else
            {
                items.Add(ReadInline(depth + 1));
                EndLine();
                NextContentLine();
            }

            var next = Column();
            if (next < indent)
            {
                break;
            }

            if (next > indent || !IsBlockEntry(_pos))
            {
                throw Fail();
            }
        }

        _nodes++;
        return new YamlSequence(start, items);
    }

    private YamlScalar ReadKey(int depth)
    {
        Enter(depth);
        var length = KeyLength(_pos);
        if (length == 0)
        {
            throw Fail();
        }

        var start = _pos;
        PlainFetched();
        var value = Intern(_text.AsSpan(start, length));
        _pos += length + 1; // and the ':'
        _nodes++;
        return new YamlScalar(start, value, ScalarStyle.Plain, TextOrigin.Contiguous(_source, start, length), false);
    }

    /// <summary>
    /// The length of a plain key at <paramref name="at"/> (letters, digits, '_', then also '-' and
    /// '.') that a ':' and a space or line end follow; 0 when there is none.
    /// </summary>
    private int KeyLength(int at)
    {
        var i = at;
        if (i >= _text.Length || !(char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_'))
        {
            return 0;
        }

        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-' or '.'))
        {
            i++;
        }

        if (i - at > 1000 || i >= _text.Length || _text[i] != ':')
        {
            return 0; // YamlDotNet refuses simple keys over 1024 characters
        }

        return i + 1 >= _text.Length || _text[i + 1] is ' ' or '\n' or '\r' ? i - at : 0;
    }

    /// <summary>A value on the same line as its key or '-': a scalar, a one-line flow sequence, or {}.</summary>
    private YamlNode ReadInline(int depth)
    {
        Enter(depth);
        var c = _text[_pos];
        switch (c)
        {
            case '\'':
            case '"':
                return Quoted(FindLineEnd(_pos));
            case '[':
                return FlowSequence(depth);
            case '{':
                if (_pos + 1 < _text.Length && _text[_pos + 1] == '}')
                {
                    _startFlowCollectionFetched = true;
                    _flowCollectionFetched = true;
                    _nodes++;
                    _pos += 2;
                    return new YamlMapping(_pos - 2, []);
                }

                throw Fail();
            case ',' or ']' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`':
                throw Fail();
            case '-' or '?' or ':' when _pos + 1 >= _text.Length || _text[_pos + 1] is ' ' or '\r' or '\n':
                throw Fail();
            case ':' when _flowScalarFetched || (_flowCollectionFetched && !_startFlowCollectionFetched):
                throw Fail();
            default:
                return BlockPlain();
        }
    }

    /// <summary>A plain scalar to the end of its line or to a comment; one that holds ": " is left to YamlDotNet.</summary>
    private YamlScalar BlockPlain()
    {
        var start = _pos;
        var lineEnd = FindLineEnd(start);
        var line = _text.AsSpan(start, lineEnd - start);
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var content = (comment < 0 ? line : line[..comment]).TrimEnd(' ');
        if (content.Contains('\t'))
        {
            throw Fail();
        }

        for (var colon = content.IndexOf(':'); colon >= 0; colon = content[(colon + 1)..].IndexOf(':') is var n and >= 0 ? colon + 1 + n : -1)
        {
            if (colon + 1 == content.Length || content[colon + 1] == ' ')
            {
                throw Fail();
            }
        }

        _pos = start + content.Length;
        PlainFetched();
        return Plain(start, content);
    }

    private YamlScalar Plain(int start, ReadOnlySpan<char> content)
    {
        _nodes++;
        var value = content.ToString();
        return new YamlScalar(start, value, ScalarStyle.Plain, TextOrigin.Contiguous(_source, start, value.Length), false);
    }

    private YamlSequence FlowSequence(int depth)
    {
        var start = _pos;
        var lineEnd = FindLineEnd(start);
        var items = new List<YamlNode>();
        _pos++;
        _startFlowCollectionFetched = true;
        SkipSpaces();
        if (_pos < lineEnd && _text[_pos] == ']')
        {
            _pos++;
            _flowCollectionFetched = true;
            _nodes++;
            return new YamlSequence(start, items);
        }

        while (true)
        {
            Enter(depth + 1);
            if (_pos >= lineEnd)
            {
                throw Fail();
            }

            var c = _text[_pos];
            if (c is '\'' or '"')
            {
                items.Add(Quoted(lineEnd));
                _flowScalarFetched = true;
            }
            else if (c is ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or '-' or '?' or ':')
            {
                throw Fail();
            }
            else
            {
                var itemStart = _pos;
                var stop = _text.AsSpan(itemStart, lineEnd - itemStart).IndexOfAny(FlowPlainStop);
                if (stop < 0 || _text[itemStart + stop] is not (',' or ']'))
                {
                    throw Fail();
                }

                var content = _text.AsSpan(itemStart, stop).TrimEnd(' ');
                _pos = itemStart + stop;
                PlainFetched();
                items.Add(Plain(itemStart, content));
            }

            SkipSpaces();
            if (_pos >= lineEnd)
            {
                throw Fail();
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                _flowCollectionFetched = true;
                break;
            }

            if (_text[_pos] != ',')
            {
                throw Fail();
            }

            _pos++;
            SkipSpaces();
            if (_pos < lineEnd && _text[_pos] == ']')
            {
                throw Fail(); // a trailing comma
            }
        }

        _nodes++;
        return new YamlSequence(start, items);
    }

    /// <summary>A single- or double-quoted scalar that closes on its own line.</summary>
    private YamlScalar Quoted(int lineEnd)
    {
        var start = _pos;
        var quote = _text[start];
        var single = quote == '\'';
        var i = start + 1;
        StringBuilder? built = null;
        var runStart = i;
        while (true)
        {
            var rest = _text.AsSpan(i, lineEnd - i);
            var next = single ? rest.IndexOf('\'') : rest.IndexOfAny('"', '\\');
            if (next < 0)
            {
                throw Fail(); // continues on the next line
            }

            i += next;
            if (single && i + 1 < lineEnd && _text[i + 1] == '\'')
            {
                built ??= new StringBuilder(lineEnd - start);
                built.Append(_text, runStart, i + 1 - runStart);
                i += 2;
                runStart = i;
                continue;
            }

            if (_text[i] == quote)
            {
                break;
            }

            // A backslash escape in a double-quoted scalar.
            built ??= new StringBuilder(lineEnd - start);
            built.Append(_text, runStart, i - runStart);
            i = Escape(i, lineEnd, built);
            runStart = i;
        }

        string value;
        if (built is null)
        {
            value = _text.Substring(start + 1, i - start - 1);
        }
        else
        {
            built.Append(_text, runStart, i - runStart);
            value = built.ToString();
        }

        _pos = i + 1;
        _nodes++;
        _flowScalarFetched = false; // set again by the caller inside [ ]
        var style = single ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
        var origin = YamlScalarOrigin.Map(_source, start, _pos, style, value);
        return new YamlScalar(start, value, style, origin, true);
    }

    /// <summary>Appends the character the escape at <paramref name="at"/> stands for; the index after it.</summary>
    private int Escape(int at, int lineEnd, StringBuilder to)
    {
        if (at + 1 >= lineEnd)
        {
            throw Fail(); // an escaped line break
        }

        var code = _text[at + 1];
        var simple = code switch
        {
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            't' => '\t',
            'n' => '\n',
            'v' => '\v',
            'f' => '\f',
            'r' => '\r',
            'e' => '\u001B',
            ' ' => ' ',
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'N' => '\u0085',
            '_' => '\u00A0',
            'L' => '\u2028',
            'P' => '\u2029',
            _ => (char?)null,
        };
        if (simple is { } s)
        {
            to.Append(s);
            return at + 2;
        }

        var digits = code switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => throw Fail(),
        };
        if (at + 2 + digits > lineEnd)
        {
            throw Fail();
        }

        var value = 0;
        foreach (var h in _text.AsSpan(at + 2, digits))
        {
            if (!char.IsAsciiHexDigit(h))
            {
                throw Fail();
            }

            value = (value << 4) + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }

        if (value is >= 0xD800 and <= 0xDFFF || value > 0x10FFFF)
        {
            throw Fail(); // surrogate pairs and errors: YamlDotNet's rules
        }

        to.Append(char.ConvertFromUtf32(value));
        return at + 2 + digits;
    }

    /// <summary>After a value: spaces, then the line's end or a comment after at least one space.</summary>
    private void EndLine()
    {
        var before = _pos;
        SkipSpaces();
        if (_pos >= _text.Length || _text[_pos] is '\n' or '\r')
        {
            return;
        }

        if (_text[_pos] != '#' || _pos == before)
        {
            throw Fail();
        }
    }

    /// <summary>At a line's end, or at a comment after spaces (and then past the spaces).</summary>
    private bool AtLineEnd()
    {
        var before = _pos;
        SkipSpaces();
        if (_pos >= _text.Length || _text[_pos] is '\n' or '\r')
        {
            return true;
        }

        if (_text[_pos] == '#' && _pos > before)
        {
            return true;
        }

        _pos = before;
        SkipSpaces();
        return false;
    }

    /// <summary>
    /// Moves past the rest of this line and every blank or comment line after it, to the first
    /// character of the next line with content; its column, or -1 at the end of the text.
    /// </summary>
    private int NextContentLine()
    {
        var lineEnd = FindLineEnd(_pos);
        _pos = lineEnd < _text.Length ? lineEnd + (_text[lineEnd] == '\r' ? 2 : 1) : lineEnd;
        return SkipToContent();
    }

    /// <summary>From a line's start, past blank and comment lines; the column of the content found, or -1.</summary>
    private int SkipToContent()
    {
        while (_pos < _text.Length)
        {
            var lineStart = _pos;
            SkipSpaces();
            if (_pos >= _text.Length)
            {
                return -1;
            }

            var c = _text[_pos];
            if (c is '#' or '\r' or '\n')
            {
                var end = FindLineEnd(_pos);
                _pos = end < _text.Length ? end + (_text[end] == '\r' ? 2 : 1) : end;
                continue;
            }

            if (_pos == lineStart && (c == '%' || StartsDocumentMarker(lineStart)))
            {
                throw Fail(); // directives and document markers
            }

            return _pos - lineStart;
        }

        return -1;
    }

    private bool StartsDocumentMarker(int at) =>
        at + 3 <= _text.Length && (_text.AsSpan(at, 3) is "---" || _text.AsSpan(at, 3) is "...");

    /// <summary>The column of <see cref="_pos"/> after <see cref="NextContentLine"/>: -1 at the end of the text.</summary>
    private int Column() => _pos >= _text.Length ? -1 : _pos - LineStart(_pos);

    private int LineStart(int at)
    {
        var previous = _text.AsSpan(0, at).LastIndexOf('\n');
        return previous + 1;
    }

    private int FindLineEnd(int from)
    {
        var next = _text.AsSpan(from).IndexOfAny('\r', '\n');
        return next < 0 ? _text.Length : from + next;
    }

    private bool IsBlockEntry(int at) =>
        at < _text.Length && _text[at] == '-' && (at + 1 >= _text.Length || _text[at + 1] is ' ' or '\r' or '\n');

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    /// <summary>Past either limit, YamlDotNet's path reports it, at the place it reports it.</summary>
    private void Enter(int depth)
    {
        if (depth > _limits.MaxYamlDepth || _nodes >= _limits.MaxYamlNodes)
        {
            throw Fail();
        }
    }

    private void PlainFetched()
    {
        _flowScalarFetched = false;
        _flowCollectionFetched = false;
        _startFlowCollectionFetched = false;
    }

    private static NotCanonicalException Fail() => NotCanonicalException.Instance;

    private static string Intern(ReadOnlySpan<char> key)
    {
        var keys = t_keys ??= new string?[256];
        var slot = ((key.Length * 31) + (key[0] * 7) + key[^1] + (key.Length > 2 ? key[2] * 3 : 0)) & 255;
        if (keys[slot] is { } known && key.SequenceEqual(known))
        {
            return known;
        }

        return keys[slot] = key.ToString();
    }

    /// <summary>Thrown, once made, to leave the subset from any depth; the caller then uses YamlDotNet.</summary>
    private sealed class NotCanonicalException : Exception
    {
        public static readonly NotCanonicalException Instance = new();
    }
}
