using UnitCompiler.Diagnostics;

namespace UnitCompiler.Text;

/// <summary>
/// Where each character of a model string came from: an offset into the file it was read from
/// (the unit export or the YAML spec). Lint uses it to point at the offending words rather than at
/// the start of a field. Strings made by code, not read, have <see cref="None"/>.
/// </summary>
public sealed class TextOrigin
{
    // Either one offset per character, or (null) a run of consecutive offsets from _start, which is
    // what most text read from a file is: a spec's every plain scalar kept an array of its offsets
    // before, four bytes a character, for the garbage collector to move and free.
    private readonly int[]? _offsets;
    private readonly int _start;
    private readonly int _count;

    private TextOrigin(SourceText? source, int[] offsets)
    {
        Source = source;
        _offsets = offsets;
        _count = offsets.Length;
    }

    private TextOrigin(SourceText source, int start, int count)
    {
        Source = source;
        _start = start;
        _count = count;
    }

    public static TextOrigin None { get; } = new(null, []);

    public SourceText? Source { get; }

    public bool IsKnown => Source is not null && _count > 0;

    public static TextOrigin From(SourceText source, int[] offsets) => new(source, offsets);

    /// <summary>A string copied verbatim from one run of the source: offsets are consecutive.</summary>
    public static TextOrigin Contiguous(SourceText source, int start, int length) => new(source, start, Math.Max(length, 1));

    /// <summary>The location of character <paramref name="index"/> (clamped to the string).</summary>
    public SourceLocation? Locate(int index)
    {
        if (!IsKnown)
        {
            return null;
        }

        var i = Math.Clamp(index, 0, _count - 1);
        return Source!.Location(Offset(i));
    }

    /// <summary>The span from character <paramref name="start"/> for <paramref name="length"/> characters.</summary>
    public SourceLocation? Locate(int start, int length)
    {
        if (!IsKnown)
        {
            return null;
        }

        var first = Math.Clamp(start, 0, _count - 1);
        var last = Math.Clamp(start + Math.Max(length, 1) - 1, 0, _count - 1);
        return Source!.Location(Offset(first), Offset(last) + 1);
    }

    /// <summary>The source offset of character <paramref name="index"/>; the origin must be known.</summary>
    public int OffsetAt(int index) => Offset(Math.Clamp(index, 0, _count - 1));

    public TextOrigin Slice(int start, int length)
    {
        if (!IsKnown)
        {
            return this;
        }

        start = Math.Clamp(start, 0, _count - 1);
        length = Math.Clamp(length, 1, _count - start);
        return _offsets is null ? new TextOrigin(Source!, _start + start, length) : new TextOrigin(Source, _offsets.AsSpan(start, length).ToArray());
    }

    private int Offset(int index) => _offsets is null ? _start + index : _offsets[index];
}
