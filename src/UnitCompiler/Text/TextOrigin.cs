using UnitCompiler.Diagnostics;

namespace UnitCompiler.Text;

/// <summary>
/// Where each character of a model string came from: an offset into the file it was read from
/// (the unit export or the YAML spec). Lint uses it to point at the offending words rather than at
/// the start of a field. Strings made by code, not read, have <see cref="None"/>.
/// </summary>
public sealed class TextOrigin
{
    private readonly int[] _offsets;

    private TextOrigin(SourceText? source, int[] offsets)
    {
        Source = source;
        _offsets = offsets;
    }

    public static TextOrigin None { get; } = new(null, []);

    public SourceText? Source { get; }

    public bool IsKnown => Source is not null && _offsets.Length > 0;

    public static TextOrigin From(SourceText source, int[] offsets) => new(source, offsets);

    /// <summary>A string copied verbatim from one run of the source: offsets are consecutive.</summary>
    public static TextOrigin Contiguous(SourceText source, int start, int length)
    {
        var offsets = new int[Math.Max(length, 1)];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = start + i;
        }

        return new TextOrigin(source, offsets);
    }

    /// <summary>The location of character <paramref name="index"/> (clamped to the string).</summary>
    public SourceLocation? Locate(int index)
    {
        if (!IsKnown)
        {
            return null;
        }

        var i = Math.Clamp(index, 0, _offsets.Length - 1);
        return Source!.Location(_offsets[i]);
    }

    /// <summary>The span from character <paramref name="start"/> for <paramref name="length"/> characters.</summary>
    public SourceLocation? Locate(int start, int length)
    {
        if (!IsKnown)
        {
            return null;
        }

        var first = Math.Clamp(start, 0, _offsets.Length - 1);
        var last = Math.Clamp(start + Math.Max(length, 1) - 1, 0, _offsets.Length - 1);
        return Source!.Location(_offsets[first], _offsets[last] + 1);
    }

    /// <summary>The source offset of character <paramref name="index"/>; the origin must be known.</summary>
    public int OffsetAt(int index) => _offsets[Math.Clamp(index, 0, _offsets.Length - 1)];

    public TextOrigin Slice(int start, int length)
    {
        if (!IsKnown)
        {
            return this;
        }

        start = Math.Clamp(start, 0, _offsets.Length - 1);
        length = Math.Clamp(length, 1, _offsets.Length - start);
        return new TextOrigin(Source, _offsets.AsSpan(start, length).ToArray());
    }
}
