using UnitCompiler.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>Embeds each distinct text once, so the grid search recombines cosines instead of rerunning the model.</summary>
internal sealed class CachingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private readonly Dictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        var vectors = inner.Embed(missing);
        for (var i = 0; i < missing.Count; i++)
        {
            _cache[missing[i]] = vectors[i];
        }

        return [.. texts.Select(t => _cache[t])];
    }
}
