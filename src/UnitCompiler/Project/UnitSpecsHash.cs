using UnitCompiler.Text;

namespace UnitCompiler.Project;

/// <summary>
/// One hash of every unit spec of a build, path and content, folded in as the build goes in its
/// order: what a qualification's record entry is checked against, since its documents show its
/// units in full. The <see cref="ContentHash"/> of the lines <c>PATH\tHASH\n</c> joined (<c>-</c> for a
/// spec that could not be read), without holding them.
/// </summary>
internal sealed class UnitSpecsHash
{
    private readonly ContentHash.Joined _hash = new();

    /// <summary>How many unit specs were added.</summary>
    public int Count { get; private set; }

    public string Value => _hash.Value;

    public void Add(string fullPath, string? specHash)
    {
        _hash.Append($"{fullPath}\t{specHash ?? "-"}\n");
        Count++;
    }
}
