using UnitCompiler.Text;

namespace UnitCompiler.Guidance;

/// <summary>What a line of a topic synopsis is, once its layout (bullets, numbers, tags) is read.</summary>
internal enum SynopsisLineKind
{
    /// <summary>Nothing to read: an empty line, or tags alone (&lt;ul&gt;, &lt;/li&gt;, &lt;hr&gt;).</summary>
    Blank,

    /// <summary>A table rule left by the export ("------------ --").</summary>
    Artefact,

    /// <summary>A list item, its marker ("- ", "• ", "1. ", &lt;li&gt;) taken off.</summary>
    Item,

    /// <summary>Text that is not an item: a heading, a paragraph, or the continuation of the item above.</summary>
    Text,
}

/// <summary>
/// One logical line of a synopsis. <see cref="OpensBlock"/> is true for an HTML paragraph or heading
/// (&lt;p&gt;, &lt;h3&gt;), which stands alone as a blank line would make it; a plain line of text may
/// continue the item above it. <see cref="Numbered"/> marks an item whose marker was a number.
/// </summary>
internal readonly record struct SynopsisLine(SynopsisLineKind Kind, LocatedText Text, int Line, int Offset, bool OpensBlock = false, bool Numbered = false);
