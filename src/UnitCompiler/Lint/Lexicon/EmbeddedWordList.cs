namespace UnitCompiler.Lint.Lexicon;

/// <summary>
/// Reads one of the generated word lists embedded in the library (lexicon/NAME.txt), a line at a
/// time. Manifest resources are plain bytes in the binary: no reflection, so the native build keeps them.
/// </summary>
internal static class EmbeddedWordList
{
    public static IEnumerable<string[]> Read(string name)
    {
        using var stream = typeof(EmbeddedWordList).Assembly.GetManifestResourceStream($"lexicon/{name}")
            ?? throw new InvalidOperationException($"the lexicon file {name} is not embedded in the library");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split(' ');
            }
        }
    }
}
