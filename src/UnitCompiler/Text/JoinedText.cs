namespace UnitCompiler.Text;

/// <summary>
/// A paragraph assembled from pieces joined by a space, each keeping its origin. Pieces are
/// appended to one builder, so a paragraph of n pieces costs linear time; joining two
/// <see cref="LocatedText"/>s per piece copied the whole paragraph each time, and an export with
/// thousands of stray cells took minutes (found by fuzzing).
/// </summary>
internal sealed class JoinedText
{
    private LocatedText _first;
    private bool _hasFirst;
    private MappedTextBuilder? _builder;

    public JoinedText(LocatedText? first = null)
    {
        _first = first ?? LocatedText.Empty;
        _hasFirst = first is not null;
    }

    public void Add(LocatedText next)
    {
        if (!_hasFirst)
        {
            _first = next;
            _hasFirst = true;
            return;
        }

        if (_builder is null)
        {
            _builder = new MappedTextBuilder();
            _builder.Append(_first);
        }
        else
        {
            // After the first join the text so far ends trimmed, as when each join became a LocatedText.
            _builder.TrimEnd();
        }

        _builder.Append(' ', _builder.Length > 0 ? _builder.OffsetAt(_builder.Length - 1) : 0);
        _builder.Append(next);
    }

    /// <summary>The single piece as it was given, or the joined pieces trimmed.</summary>
    public LocatedText ToLocatedText(SourceText source) => _builder?.ToLocatedText(source) ?? _first;
}
