using UnitCompiler.Text;

namespace UnitCompiler.Import;

/// <summary>What an HTML cell is made of, once its tags are read: paragraphs, list items and rules.</summary>
internal enum CellBlockKind
{
    Paragraph,
    ListItem,
    Rule,
}

/// <summary>One block of a cell; <see cref="Text"/> is Markdown inline text that points back into the source.</summary>
internal sealed record CellBlock(CellBlockKind Kind, LocatedText Text, int SourceOffset)
{
    /// <summary>For a list item, its list's numbering: 'a', 'A', 'i', 'I', '1' for an &lt;ol type&gt;, '\0' for a bulleted list.</summary>
    public char ListStyle { get; init; }

    /// <summary>True for the term of a definition list (&lt;dt&gt;): the text that follows it is its definition.</summary>
    public bool IsTerm { get; init; }
}
