namespace UnitCompiler.Guidance;

/// <summary>The aligner's word lists, embedded from <c>Guidance/Data/</c> so the binary needs no files beside it.</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("guidance/" + name)
            ?? throw new InvalidOperationException($"embedded resource guidance/{name} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
