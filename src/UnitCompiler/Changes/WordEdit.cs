namespace UnitCompiler.Changes;

/// <summary>A run of words kept, deleted or inserted, in a word-level diff.</summary>
public readonly record struct WordEdit(WordOp Op, string Text);

public enum WordOp
{
    Equal,
    Delete,
    Insert,
}
