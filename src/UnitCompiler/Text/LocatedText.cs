namespace UnitCompiler.Text;

/// <summary>
/// A string of the spec (Markdown inline text) together with where it came from. Equality and
/// hashing look at the words only: two texts are equal when their words are, wherever they were
/// read. The model's records hold lists as <c>ImmutableArray</c>, which record equality compares by
/// reference, so two units read apart are not equal even with the same content: compare units by
/// their canonical text (<c>SpecWriter.Write</c>), as the round-trip tests do.
/// </summary>
public sealed class LocatedText : IEquatable<LocatedText>
{
    public LocatedText(string value, TextOrigin? origin = null)
    {
        Value = value;
        Origin = origin ?? TextOrigin.None;
    }

    public string Value { get; }

    public TextOrigin Origin { get; }

    public static LocatedText Empty { get; } = new(string.Empty);

    public bool Equals(LocatedText? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is LocatedText other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}
