using UnitCompiler.Guidance;

namespace UnitCompiler.Semantic;

/// <summary>
/// Embeds each distinct text once, so the grid search recombines cosines instead of rerunning the
/// model; with a file, the vectors persist between runs (the machine is shared, the model CPU-heavy),
/// and the model is loaded only when a text is missing from it.
/// </summary>
internal sealed class CachingEmbedder(Func<ITextEmbedder> create, string? file = null) : ITextEmbedder
{
    private readonly Dictionary<string, float[]> _cache = Read(file);
    private ITextEmbedder? _inner;

    public CachingEmbedder(ITextEmbedder inner)
        : this(() => inner)
    {
    }

    /// <summary>The model, loaded on first use.</summary>
    public ITextEmbedder Model => _inner ??= create();

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        var missing = texts.Where(t => !_cache.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = Model.Embed(missing);
            for (var i = 0; i < missing.Count; i++)
            {
                _cache[missing[i]] = vectors[i];
            }

            Save();
        }

        return [.. texts.Select(t => _cache[t])];
    }

    private void Save()
    {
        if (file is null)
        {
            return;
        }

        using var writer = new BinaryWriter(File.Create(file));
        writer.Write(_cache.Count);
        foreach (var (text, vector) in _cache)
        {
            writer.Write(text);
            writer.Write(vector.Length);
            foreach (var x in vector)
            {
                writer.Write(x);
            }
        }
    }

    private static Dictionary<string, float[]> Read(string? file)
    {
        var cache = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (file is null || !File.Exists(file))
        {
            return cache;
        }

        using var reader = new BinaryReader(File.OpenRead(file));
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var text = reader.ReadString();
            var vector = new float[reader.ReadInt32()];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            cache[text] = vector;
        }

        return cache;
    }
}
