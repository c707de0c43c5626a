namespace UnitCompiler.Import;

/// <summary>A run of source characters [Start, End). A cell broken over lines is several segments.</summary>
internal readonly record struct SourceSegment(int Start, int End)
{
    public int Length => End - Start;
}
