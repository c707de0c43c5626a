using System.Text;

namespace UnitCompiler.Text;

/// <summary>
/// Builds a string one piece at a time while remembering the source offset of every character, so
/// text that went through HTML decoding, whitespace folding or joining still points home.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    /// <summary>The source offset of character <paramref name="index"/>.</summary>
    public int OffsetAt(int index) => _offsets[index];

    public void Append(char c, int sourceOffset)
    {
        _text.Append(c);
        _offsets.Add(sourceOffset);
    }

    /// <summary>Characters that stand for a source range, such as "**" for a &lt;b&gt; tag.</summary>
    public void Append(string s, int sourceOffset)
    {
        foreach (var c in s)
        {
            Append(c, sourceOffset);
        }
    }

    public void Append(LocatedText text)
    {
        for (var i = 0; i < text.Value.Length; i++)
        {
            var at = text.Origin.IsKnown ? text.Origin.OffsetAt(i) : 0;
            Append(text.Value[i], at);
        }
    }

    public bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

    public void TrimEnd()
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            _offsets.RemoveAt(_offsets.Count - 1);
        }
    }

    public void Truncate(int length)
    {
        _text.Length = length;
        _offsets.RemoveRange(length, _offsets.Count - length);
    }

    public void Clear()
    {
        _text.Clear();
        _offsets.Clear();
    }

    /// <summary>The text with leading and trailing white space removed.</summary>
    public LocatedText ToLocatedText(SourceText source)
    {
        var start = 0;
        var end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        var value = _text.ToString(start, end - start);
        var offsets = _offsets.GetRange(start, end - start).ToArray();
        return new LocatedText(value, offsets.Length == 0 ? TextOrigin.None : TextOrigin.From(source, offsets));
    }
}
