using System.Collections.Immutable;
using UnitCompiler.Text;

namespace UnitCompiler.Model;

/// <summary>The document heading and the paragraphs before the metadata.</summary>
public sealed record Preamble(LocatedText Heading, ImmutableArray<LocatedText> Text)
{
    public static Preamble Empty { get; } = new(LocatedText.Empty, []);

    public bool IsEmpty => Heading.Value.Length == 0 && Text.IsEmpty;
}
