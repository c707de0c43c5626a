namespace UnitCompiler.Guidance;

/// <summary>
/// Groups of words and phrases that mean the same in a unit's sector ("PPE" / "protective
/// equipment"), read from <c>Data/thesaurus.txt</c>. A phrase found in a text adds its group's
/// token, so an item and a criterion that use different members of a group still meet.
/// </summary>
internal sealed class Thesaurus
{
    private readonly List<(string[] Phrase, string Token)> _phrases = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    public static Thesaurus Default { get; } = Parse(EmbeddedData.Lines("thesaurus.txt"));

    public static Thesaurus Empty { get; } = new();

    public static Thesaurus Parse(IEnumerable<string> lines)
    {
        var thesaurus = new Thesaurus();
        var group = 0;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var token = "~" + group++;
            foreach (var phrase in trimmed.Split(" = ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = TextAnalyzer.Terms(phrase).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                if (!thesaurus._byFirstWord.TryGetValue(words[0], out var list))
                {
                    thesaurus._byFirstWord[words[0]] = list = [];
                }

                list.Add(thesaurus._phrases.Count);
                thesaurus._phrases.Add((words, token));
            }
        }

        return thesaurus;
    }

    /// <summary>The words, followed by the token of every group one of their phrases belongs to (once per occurrence).</summary>
    public List<string> Expand(IReadOnlyList<string> words)
    {
        var result = new List<string>(words);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            var tokens = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in candidates)
            {
                var (phrase, token) = _phrases[p];
                if (i + phrase.Length <= words.Count && Matches(words, i, phrase))
                {
                    tokens.Add(token);
                }
            }

            result.AddRange(tokens);
        }

        return result;
    }

    private static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[at + j] != phrase[j])
            {
                return false;
            }
        }

        return true;
    }
}
