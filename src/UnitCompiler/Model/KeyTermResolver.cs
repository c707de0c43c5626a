using System.Text;

namespace UnitCompiler.Model;

/// <summary>
/// Finds the definition a bold key term refers to. Terms and definitions are compared without
/// case, plural endings or the hyphen/space difference ("strength-based" and "strengths-based",
/// "outcomes-based" and "outcome-based" meet). A definition under the same criterion wins over one
/// elsewhere in the unit; a span such as "partnerships, collaboration and co-production" resolves
/// through its parts.
/// </summary>
public sealed class KeyTermResolver
{
    private readonly List<(string CriterionId, string Key, Definition Definition)> _definitions = [];

    public KeyTermResolver(Unit unit)
    {
        foreach (var content in unit.IndicativeContent)
        {
            foreach (var d in content.Definitions)
            {
                _definitions.Add((content.CriterionId, Normalise(d.Term.Value), d));
            }
        }
    }

    /// <summary>The definitions of a term, one per part for a compound span; empty when nothing matches.</summary>
    public IReadOnlyList<Definition> Resolve(string term, string criterionId)
    {
        if (Find(Normalise(term), criterionId) is { } whole)
        {
            return [whole];
        }

        var parts = term.Split([",", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return [];
        }

        var found = parts.Select(p => Find(Normalise(p), criterionId)).ToList();
        return found.All(f => f is not null) ? [.. found.OfType<Definition>()] : [];
    }

    private Definition? Find(string key, string criterionId) =>
        _definitions.Where(d => d.Key == key).OrderBy(d => d.CriterionId == criterionId ? 0 : 1).Select(d => d.Definition).FirstOrDefault();

    /// <summary>The form two spellings of one term share.</summary>
    public static string Normalise(string term)
    {
        var words = MarkdownInline.ToPlainText(term).ToLowerInvariant().Replace('-', ' ').Replace('\u2011', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var word = w.Trim(':', '.', ',', ';');
            if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                word = word[..^1];
            }

            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(word);
        }

        return sb.ToString();
    }
}
